using System.Collections.Immutable;
using System.Text.Json;

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
        ImmutableArray<CuratedAgency> rows;
        try
        {
            rows = JsonSerializer.Deserialize(bytes, CuratedAgencyJsonContext.Default.ImmutableArrayCuratedAgency);
        }
        catch (JsonException ex)
        {
            throw new ExtractorException(0, $"{FileName} is not a valid list of agencies at {ex.Path}: {ex.Message}", ex);
        }

        if (rows.IsDefault)
        {
            throw new ExtractorException(0, $"{FileName} holds null instead of a list of agencies.");
        }

        // A row without shortNames leaves the array default rather than empty.
        rows = [.. rows.Select(r => r.ShortNames.IsDefault ? r with { ShortNames = [] } : r)];
        foreach (var key in new Func<CuratedAgency, string>[] { r => r.Name, r => r.Id })
        {
            foreach (var duplicate in rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                throw new ExtractorException(0, $"{FileName} uses '{duplicate.Key}' for {duplicate.Count()} rows.");
            }
        }

        return rows;
    }
}
