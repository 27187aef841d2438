namespace Shaoxing.Yearbook2020.Model;

/// <summary>One data file listed in <see cref="DatasetManifest.Files"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record DataFileInfo
{
    /// <summary>The file name, e.g. <c>entries.json</c>.</summary>
    /// <value>A file name without directory.</value>
    public required string Name { get; init; }

    /// <summary>The lower-case hex SHA-256 of the file's bytes; the loader verifies it.</summary>
    /// <value>64 hex digits.</value>
    public required string Sha256 { get; init; }

    /// <summary>The number of records in the file.</summary>
    /// <value>A count.</value>
    public required int Records { get; init; }
}
