using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// What the dataset is (<c>dataset.json</c>): its title, coverage, the seed it was generated
/// from, the generator version, and every other data file with its record count and hash.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record DatasetManifest
{
    /// <summary>The dataset's title.</summary>
    /// <value>Text naming the yearbook chapter.</value>
    public required string Title { get; init; }

    /// <summary>The year the chapter covers.</summary>
    /// <value>2020.</value>
    public required int CoverageYear { get; init; }

    /// <summary>The seed file's name under <c>seeds/</c>.</summary>
    /// <value>A file name.</value>
    public required string SeedFileName { get; init; }

    /// <summary>The seed file's lower-case hex SHA-256.</summary>
    /// <value>64 hex digits.</value>
    public required string SeedSha256 { get; init; }

    /// <summary>The number of lines of the seed file.</summary>
    /// <value>A positive count.</value>
    public required int SeedLineCount { get; init; }

    /// <summary>The version of the generator that wrote the data.</summary>
    /// <value>A version string.</value>
    public required string GeneratorVersion { get; init; }

    /// <summary>Every other data file, in name order.</summary>
    /// <value>File name, hash and record count per file.</value>
    public required ImmutableArray<DataFileInfo> Files { get; init; }

    /// <summary>
    /// The SHA-256 of the manifest's own fields (title, coverage year, seed, generator version and every
    /// file's name, hash and count, one per line), so that a change to the manifest is caught like a change
    /// to any other data file.
    /// </summary>
    /// <value>64 lower-case hex digits.</value>
    public required string ManifestSha256 { get; init; }
}
