using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One post a person holds, as a role is written in the text (市水利局局长).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Post
{
    /// <summary>The post as written, agency and title, e.g. <c>市治水办常务副主任</c>.</summary>
    /// <value>Chinese text.</value>
    public required string Role { get; init; }

    /// <summary>The title alone, e.g. <c>常务副主任</c>.</summary>
    /// <value>Chinese text.</value>
    public required string Title { get; init; }

    /// <summary>The body the post belongs to.</summary>
    /// <value>An <see cref="Agency.Id"/>.</value>
    [LinksTo(typeof(Agency))]
    public required string AgencyId { get; init; }

    /// <summary>The English rendering of <see cref="Role"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Role"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRole { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }
}
