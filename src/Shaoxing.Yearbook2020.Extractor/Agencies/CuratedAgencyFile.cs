using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>Reads the curated agency knowledge, <c>seeds/agencies.json</c>.</summary>
public static class CuratedAgencyFile
{
    /// <summary>The file's name under <c>seeds/</c>.</summary>
    public const string FileName = "agencies.json";

    /// <summary>Parses the file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ExtractorException">The file is not a valid list of rows, or a name or id is used twice.</exception>
    public static ImmutableArray<CuratedAgency> Parse(byte[] bytes)
    {
        var rows = CuratedFile.ReadList(FileName, bytes, CuratedAgencyJsonContext.Default.ImmutableArrayCuratedAgency, "agencies");

        // A row without shortNames leaves the array default rather than empty.
        rows = [.. rows.Select(r => r.ShortNames.IsDefault ? r with { ShortNames = [] } : r)];
        CuratedFile.RequireUnique(FileName, rows, r => r.Name, "name");
        CuratedFile.RequireUnique(FileName, rows, r => r.Id, "id");
        return rows;
    }
}
