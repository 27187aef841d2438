namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>How a committed data file differs from what the generator makes.</summary>
/// <param name="FileName">The data file.</param>
/// <param name="Line">The first line that differs (1-based), or 0 when the file is missing or unexpected.</param>
/// <param name="Expected">What the generator makes at that line (null if the file should not exist).</param>
/// <param name="Actual">What the committed file has at that line (null if the file is missing).</param>
public sealed record DataFileDifference(string FileName, int Line, string? Expected, string? Actual)
{
    /// <inheritdoc/>
    public override string ToString() => (Expected, Actual) switch
    {
        (null, _) => $"{FileName}: the file is not made by the generator and should not be there.",
        (_, null) => $"{FileName}: the file is missing; the generator makes it.",
        _ => $"{FileName}: first difference at line {Line}:\n  generated: {Expected}\n  committed: {Actual}",
    };
}
