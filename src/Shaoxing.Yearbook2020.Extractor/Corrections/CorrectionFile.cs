using System.Collections.Immutable;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Corrections;

/// <summary>Reads the curated corrections file, <c>seeds/corrections.json</c>.</summary>
public static class CorrectionFile
{
    /// <summary>The file's name under <c>seeds/</c>.</summary>
    public const string FileName = "corrections.json";

    /// <summary>Parses the corrections file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The corrections, in file order.</returns>
    /// <exception cref="ExtractorException">The file is not a valid list of corrections.</exception>
    public static ImmutableArray<Correction> Parse(byte[] bytes)
    {
        ImmutableArray<Correction> rows;
        try
        {
            rows = JsonSerializer.Deserialize(bytes, YearbookJsonContext.Default.ImmutableArrayCorrection);
        }
        catch (JsonException ex)
        {
            throw new ExtractorException(0, $"{FileName} is not a valid list of corrections at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        if (rows.IsDefault)
        {
            throw new ExtractorException(0, $"{FileName} holds null instead of a list of corrections.");
        }

        foreach (var duplicate in rows.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new ExtractorException(0, $"{FileName} uses the id '{duplicate.Key}' {duplicate.Count()} times.");
        }

        return rows;
    }
}
