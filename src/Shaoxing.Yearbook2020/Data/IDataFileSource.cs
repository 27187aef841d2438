namespace Shaoxing.Yearbook2020.Data;

/// <summary>Where the loader reads data files from: the embedded resources or a folder.</summary>
internal interface IDataFileSource
{
    /// <summary>A description of the source for error messages.</summary>
    string Description { get; }

    /// <summary>Reads a whole data file.</summary>
    /// <returns>The file's bytes, valid for as long as the source is (the embedded source returns the
    /// resource's own memory, without copying it).</returns>
    /// <exception cref="YearbookDataException">The file is missing or cannot be read.</exception>
    ReadOnlySpan<byte> Read(string fileName);

    /// <summary>
    /// Whether the files are resources of this assembly. The loader does not hash those on every load: they
    /// cannot change after the build, and the tests check them against <c>dataset.json</c> at build time
    /// (<c>EmbeddedDataTests</c>). Files from anywhere else are hashed and checked before they are read.
    /// </summary>
    bool IsEmbedded => false;
}
