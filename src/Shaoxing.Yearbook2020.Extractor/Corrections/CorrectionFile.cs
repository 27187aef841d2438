using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Extractor.Text;
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
        var rows = CuratedFile.ReadList(FileName, bytes, YearbookJsonContext.Default.ImmutableArrayCorrection, "corrections");
        CuratedFile.RequireUnique(FileName, rows, r => r.Id, "id");
        return rows;
    }
}
