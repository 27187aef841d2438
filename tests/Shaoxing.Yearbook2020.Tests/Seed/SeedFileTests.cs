using System.Security.Cryptography;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Seed;

public sealed class SeedFileTests
{
    // Typed from the issue that gave the seed; the seed is kept byte for byte and never edited.
    private const string GivenSha256 = "c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90";

    [Fact]
    public void SeedFile_Sha256_IsTheOneGiven()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryPaths.SeedFile)));

        hash.Should().Be(GivenSha256);
    }

    [Fact]
    public void Dataset_SeedSha256_IsTheOneGiven()
    {
        Yearbook.Default.Dataset.SeedSha256.Should().Be(GivenSha256);
        Yearbook.Default.Dataset.SeedFileName.Should().Be("000_7ba1952524c06baf.txt");
    }

    [Fact]
    public void SeedLines_EqualTheSeedFileSplitOnNewlines()
    {
        var lines = File.ReadAllText(RepositoryPaths.SeedFile).Split('\n');

        Yearbook.SeedLines.Should().Equal(lines);
        Yearbook.Default.Dataset.SeedLineCount.Should().Be(lines.Length);
    }
}
