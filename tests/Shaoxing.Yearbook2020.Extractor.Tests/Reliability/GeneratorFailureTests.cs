using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Reliability;

/// <summary>
/// A generation that cannot finish writing must leave the data folder as it was: the README promises that a
/// failing generation writes nothing, and a half-replaced folder mixes files of two generations whose hashes
/// no longer match their manifest.
/// </summary>
public sealed class GeneratorFailureTests
{
    [Theory]
    [InlineData("people.json")]
    [InlineData("agencies.json")]
    [InlineData("tables.json")]
    public void Generate_ATargetIsAFolder_ThrowsAndLeavesEveryFileAsItWas(string blocked)
    {
        using var data = new TempDirectory();
        var names = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).ToList();
        foreach (var name in names.Where(n => n != blocked))
        {
            // Content the generator would never write, so that any replacement shows.
            File.WriteAllText(Path.Combine(data.Path, name!), "old " + name);
        }

        File.WriteAllText(Path.Combine(data.Path, "retired.json"), "a file the generator no longer makes");
        Directory.CreateDirectory(Path.Combine(data.Path, blocked));
        var before = Snapshot(data.Path);

        var generate = () => DatasetGenerator.Generate(RepositoryPaths.Seeds, data.Path);

        generate.Should().Throw<IOException>().WithMessage($"*{blocked}*");
        Snapshot(data.Path).Should().BeEquivalentTo(before);
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory).ToDictionary(
            p => Path.GetFileName(p),
            p => Directory.Exists(p) ? "(folder)" : File.ReadAllText(p),
            StringComparer.Ordinal);
}
