namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>One post of a role as written: the agency part and the title (<c>市发改委</c> + <c>主任</c>).</summary>
/// <param name="AgencyText">The agency part as written; empty for a bare 市长 or 副市长.</param>
/// <param name="Title">The title.</param>
public sealed record ParsedPost(string AgencyText, string Title)
{
    /// <summary>The post as written.</summary>
    public string Role => AgencyText + Title;
}
