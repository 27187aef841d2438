using System.Security.Cryptography;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Tests.Data;

/// <summary>
/// The build-time half of the integrity check: <see cref="Yearbook.Default"/> does not hash its embedded
/// resources on every load, so these tests hash them here, against the manifest embedded with them.
/// </summary>
public sealed class EmbeddedDataTests
{
    [Fact]
    public void EmbeddedSource_IsTheOnlySourceMarkedEmbedded()
    {
        IDataFileSource embedded = new EmbeddedDataFileSource();
        IDataFileSource folder = new DirectoryDataFileSource(Testing.RepositoryPaths.Data);

        embedded.IsEmbedded.Should().BeTrue();
        folder.IsEmbedded.Should().BeFalse("a folder can be edited after the build, so its files are hashed on load");
    }

    [Fact]
    public void EmbeddedResources_HashToWhatTheManifestRecords()
    {
        var source = new EmbeddedDataFileSource();
        var manifest = Yearbook.Default.Dataset;

        foreach (var file in manifest.Files)
        {
            Convert.ToHexStringLower(SHA256.HashData(source.Read(file.Name))).Should().Be(file.Sha256, file.Name);
        }

        DataFileLoader.ManifestChecksum(manifest).Should().Be(manifest.ManifestSha256);
    }

    [Fact]
    public void EmbeddedResources_LoadWithEveryHashChecked()
    {
        var load = () => Yearbook.Load(new EmbeddedDataFileSource(), verifyHashes: true);

        load.Should().NotThrow().Which.Figures.Count.Should().Be(Yearbook.Default.Figures.Count);
    }
}
