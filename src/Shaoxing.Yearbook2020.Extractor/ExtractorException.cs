namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>
/// The one exception the extractor throws for text it cannot make sense of: it names the seed
/// line and what was expected there.
/// </summary>
public sealed class ExtractorException : Exception
{
    /// <summary>Creates an exception for a problem at a seed line.</summary>
    /// <param name="line">The 1-based seed line, or 0 when the problem is not at one line.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public ExtractorException(int line, string reason, Exception? innerException = null)
        : base(line > 0 ? $"Seed line {line}: {reason}" : reason, innerException)
    {
        Line = line;
        Reason = reason;
    }

    /// <summary>The 1-based seed line, or 0 when the problem is not at one line.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
