using System.Collections.Frozen;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// What the validators need to know about the whole dataset: the seed's size, the ids that exist, and the
/// texts figures are quoted from. A validator of one record kind takes only these facts, so that every
/// kind's validator is built the same way (see <see cref="Data.DataFileAttribute"/>).
/// </summary>
/// <param name="SeedLineCount">The number of lines of the seed.</param>
/// <param name="SectionIds">The ids of the sections.</param>
/// <param name="EntryIds">The ids of the entries.</param>
internal sealed record DatasetFacts(
    int SeedLineCount,
    FrozenSet<string> SectionIds,
    FrozenSet<string> EntryIds)
{
    /// <summary>The agency and meeting ids references must resolve to; none unless given.</summary>
    public GovernmentFacts Government { get; init; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>Entry id → repaired text, where figures are quoted from; none unless given.</summary>
    public FrozenDictionary<string, string> EntryTexts { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Table id → seed line → cells, where table figures are quoted from; none unless given.</summary>
    public FrozenDictionary<string, FrozenDictionary<int, IReadOnlyList<string>>> TableCells { get; init; } =
        FrozenDictionary<string, FrozenDictionary<int, IReadOnlyList<string>>>.Empty;

    /// <summary>The figure ids the consistency rules may name; none unless given.</summary>
    public FrozenSet<string> FigureIds { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The place ids the records' place links must resolve to; none unless given.</summary>
    public FrozenSet<string> PlaceIds { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The honour ids the people's appearances may name; none unless given.</summary>
    public FrozenSet<string> HonourIds { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The year every date of the data lies in; <see cref="Data.ManifestCheck.CoverageYear"/> unless given.</summary>
    public int CoverageYear { get; init; } = Data.ManifestCheck.CoverageYear;

    /// <summary>Every fact of a yearbook.</summary>
    /// <param name="yearbook">The yearbook.</param>
    /// <returns>The facts, with every id, text and cell of the yearbook.</returns>
    public static DatasetFacts Of(Yearbook yearbook) => new(
        yearbook.Dataset.SeedLineCount,
        yearbook.Sections.Select(s => s.Id).ToFrozenSet(StringComparer.Ordinal),
        yearbook.Entries.Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal))
    {
        CoverageYear = yearbook.Dataset.CoverageYear,
        Government = GovernmentFacts.Of(yearbook),
        EntryTexts = yearbook.Entries.ToFrozenDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal),
        TableCells = yearbook.Tables.ToFrozenDictionary(
            t => t.Id,
            t => t.Rows.GroupBy(r => r.Line).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => r.Cells)]),
            StringComparer.Ordinal),
        FigureIds = yearbook.Figures.Select(f => f.Id).ToFrozenSet(StringComparer.Ordinal),
        PlaceIds = yearbook.Places.Select(p => p.Id).ToFrozenSet(StringComparer.Ordinal),
        HonourIds = yearbook.Honours.Select(h => h.Id).ToFrozenSet(StringComparer.Ordinal),
    };
}
