using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// The report of bodies and places the text names that no row of <c>seeds/agencies.json</c> or <c>seeds/places.json</c>
/// describes, written beside the data (<see cref="FileName"/>) and pinned by the drift test: knowledge is added, not
/// required, so such a name becomes a record and generation goes on, and the report says what to curate.
/// </summary>
public static class UncuratedRecords
{
    /// <summary>The report's file name in the data folder. Not <c>*.json</c>: it is no record kind and not embedded in the package.</summary>
    public const string FileName = "uncurated-records.tsv";

    /// <summary>Writes the report: a header, then one record a line.</summary>
    /// <param name="records">The records, in the order found.</param>
    /// <returns>UTF-8 bytes.</returns>
    public static byte[] Write(ImmutableArray<UncuratedRecord> records)
    {
        return Generation.TsvReport.Write(["kind", "id", "name", "missing"], records.Select(r => (IReadOnlyList<string>)[r.Kind, r.Id, r.Name, r.Missing]));
    }
}
