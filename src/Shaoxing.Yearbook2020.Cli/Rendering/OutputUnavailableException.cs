namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>Writing to standard output or standard error failed (a full disk, <c>/dev/full</c>, a closed pipe).</summary>
internal sealed class OutputUnavailableException : IOException
{
    /// <summary>Creates the exception for a stream.</summary>
    /// <param name="streamName">The stream, e.g. <c>standard output</c>.</param>
    /// <param name="innerException">The failure of the write.</param>
    public OutputUnavailableException(string streamName, Exception innerException)
        : base($"cannot write to {streamName}: {(innerException.InnerException ?? innerException).Message}", innerException)
    {
        StreamName = streamName;
    }

    /// <summary>The stream that could not be written.</summary>
    public string StreamName { get; }
}
