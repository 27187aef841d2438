namespace Shaoxing.Yearbook2020;

/// <summary>
/// The one exception the package throws for bad data: a data file that is missing, malformed,
/// of the wrong shape, or different from what <c>dataset.json</c> records.
/// </summary>
/// <remarks>
/// The message names the file, the JSON path and line where known, and the reason. A load that
/// throws this exception returns nothing: there is never a partly loaded <see cref="Yearbook"/>.
/// </remarks>
public sealed class YearbookDataException : Exception
{
    /// <summary>Creates an exception for a problem in one data file.</summary>
    /// <param name="fileName">The data file's name, e.g. <c>entries.json</c>.</param>
    /// <param name="reason">What is wrong, as a sentence.</param>
    /// <param name="jsonPath">The JSON path of the bad value, where known.</param>
    /// <param name="lineNumber">The 1-based line of the bad value, where known.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public YearbookDataException(
        string fileName,
        string reason,
        string? jsonPath = null,
        long? lineNumber = null,
        Exception? innerException = null)
        : base(FormatMessage(fileName, reason, jsonPath, lineNumber), innerException)
    {
        FileName = fileName;
        Reason = reason;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
    }

    /// <summary>The data file's name.</summary>
    /// <value>A file name such as <c>entries.json</c>.</value>
    public string FileName { get; }

    /// <summary>What is wrong.</summary>
    /// <value>A sentence.</value>
    public string Reason { get; }

    /// <summary>The JSON path of the bad value, where known.</summary>
    /// <value>A path such as <c>$[3].heading</c>, or <see langword="null"/>.</value>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the bad value in the file, where known.</summary>
    /// <value>A line number, or <see langword="null"/>.</value>
    public long? LineNumber { get; }

    private static string FormatMessage(string fileName, string reason, string? jsonPath, long? lineNumber)
    {
        var where = (jsonPath, lineNumber) switch
        {
            (not null, not null) => $" at {jsonPath} (line {lineNumber})",
            (not null, null) => $" at {jsonPath}",
            (null, not null) => $" at line {lineNumber}",
            _ => string.Empty,
        };
        return $"Bad yearbook data file '{fileName}'{where}: {reason}";
    }
}
