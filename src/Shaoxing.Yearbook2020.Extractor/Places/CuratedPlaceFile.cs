using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>Reads the curated place knowledge, <c>seeds/places.json</c>.</summary>
public static class CuratedPlaceFile
{
    /// <summary>The file's name under <c>seeds/</c>.</summary>
    public const string FileName = "places.json";

    /// <summary>Parses the file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ExtractorException">The file is not a valid list of rows, or a name or id is used twice.</exception>
    public static ImmutableArray<CuratedPlace> Parse(byte[] bytes)
    {
        var rows = CuratedFile.ReadList(FileName, bytes, CuratedPlaceJsonContext.Default.ImmutableArrayCuratedPlace, "places");
        CuratedFile.RequireUnique(FileName, rows, r => r.Name, "name");
        CuratedFile.RequireUnique(FileName, rows, r => r.Id, "id");
        return rows;
    }
}
