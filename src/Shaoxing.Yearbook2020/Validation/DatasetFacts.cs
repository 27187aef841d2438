using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// What the validators need to know about the whole dataset: the seed's size, the ids that exist (one set per record
/// kind, <c>SectionIds</c>, <c>PlaceIds</c> …, written by the source generator from the kinds), and the texts figures
/// are quoted from. A validator of one record kind takes only these facts, so that every kind's validator is built the
/// same way (see <see cref="Data.DataFileAttribute"/>).
/// </summary>
/// <param name="SeedLineCount">The number of lines of the seed.</param>
internal sealed partial record DatasetFacts(int SeedLineCount)
{
    /// <summary>The agency, meeting and person ids, as the government's validators take them.</summary>
    public GovernmentFacts Government => new(AgencyIds, MeetingIds) { PersonIds = PersonIds };

    /// <summary>Entry id → repaired text, where figures are quoted from; none unless given.</summary>
    public FrozenDictionary<string, string> EntryTexts { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Table id → seed line → cells, where table figures are quoted from; none unless given.</summary>
    public FrozenDictionary<string, FrozenDictionary<int, IReadOnlyList<string>>> TableCells { get; init; } =
        FrozenDictionary<string, FrozenDictionary<int, IReadOnlyList<string>>>.Empty;

    /// <summary>The seed's lines, index 0 being line 1, where the data was made from the seed the package embeds (its
    /// hash is the embedded seed's); empty otherwise, and the checks that read the seed are then left out.</summary>
    public ImmutableArray<string> SeedLines { get; init; } = [];

    /// <summary>The year every date of the data lies in; <see cref="Data.ManifestCheck.CoverageYear"/> unless given.</summary>
    public int CoverageYear { get; init; } = Data.ManifestCheck.CoverageYear;

    /// <summary>Every fact of a yearbook.</summary>
    /// <param name="yearbook">The yearbook.</param>
    /// <returns>The facts, with every id, text and cell of the yearbook.</returns>
    public static DatasetFacts Of(Yearbook yearbook) => new DatasetFacts(yearbook.Dataset.SeedLineCount)
    {
        CoverageYear = yearbook.Dataset.CoverageYear,
        SeedLines = string.Equals(yearbook.Dataset.SeedSha256, Data.SeedText.Sha256, StringComparison.OrdinalIgnoreCase) ? Data.SeedText.Lines : [],
        EntryTexts = yearbook.Entries.ToFrozenDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal),
        TableCells = yearbook.Tables.ToFrozenDictionary(
            t => t.Id,
            t => t.Rows.GroupBy(r => r.Line).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => r.Cells)]),
            StringComparer.Ordinal),
    }.WithIdsOf(yearbook);
}
