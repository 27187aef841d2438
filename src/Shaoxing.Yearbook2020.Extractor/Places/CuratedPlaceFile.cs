using System.Collections.Immutable;
using System.Text.Json;

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
        ImmutableArray<CuratedPlace> rows;
        try
        {
            rows = JsonSerializer.Deserialize(bytes, CuratedPlaceJsonContext.Default.ImmutableArrayCuratedPlace);
        }
        catch (JsonException ex)
        {
            throw new ExtractorException(0, $"{FileName} is not a valid list of places at {ex.Path}: {ex.Message}", ex);
        }

        if (rows.IsDefault)
        {
            throw new ExtractorException(0, $"{FileName} holds null instead of a list of places.");
        }

        foreach (var key in new Func<CuratedPlace, string>[] { r => r.Name, r => r.Id })
        {
            foreach (var duplicate in rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                throw new ExtractorException(0, $"{FileName} uses '{duplicate.Key}' for {duplicate.Count()} rows.");
            }
        }

        return rows;
    }
}
