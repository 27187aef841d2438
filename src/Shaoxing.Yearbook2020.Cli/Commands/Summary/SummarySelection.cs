namespace Shaoxing.Yearbook2020.Cli.Commands.Summary;

/// <summary>What <c>summary</c> shows: the whole yearbook (its manifest, sections and files).</summary>
/// <param name="Yearbook">The yearbook.</param>
internal sealed record SummarySelection(Yearbook Yearbook)
{
    /// <summary>Selects the whole yearbook.</summary>
    public static SummarySelection Of(Yearbook yearbook, SummaryOptions options) => new(yearbook);
}
