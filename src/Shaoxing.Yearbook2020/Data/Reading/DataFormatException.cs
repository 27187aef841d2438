namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// A data file's JSON is well formed but not the shape the model needs. It carries only the byte
/// offset of the offending token: the loader turns that into a JSON path and a line number (see
/// <see cref="JsonLocation"/>) after the fact, so that reading a good file pays nothing for it.
/// </summary>
/// <remarks>Never leaves the package: the loader wraps it in a <see cref="YearbookDataException"/>.</remarks>
internal sealed class DataFormatException : Exception
{
    public DataFormatException()
        : this("the data is not in the expected shape.", 0)
    {
    }

    public DataFormatException(string message)
        : this(message, 0)
    {
    }

    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    public DataFormatException(string reason, long byteOffset)
        : base(reason)
    {
        Reason = reason;
        ByteOffset = byteOffset;
    }

    /// <summary>What is wrong, in words.</summary>
    public string Reason { get; }

    /// <summary>Where the offending token starts in the file, in bytes from its start.</summary>
    public long ByteOffset { get; }
}
