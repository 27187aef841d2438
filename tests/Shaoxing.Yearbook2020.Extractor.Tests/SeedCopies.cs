using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests;

/// <summary>Copies of <c>seeds/</c> whose seed text is reworded line by line, for the tests that extract from other wordings.</summary>
internal static class SeedCopies
{
    /// <summary>Copies <c>seeds/</c> into a temporary folder and replaces, on each given line, a phrase with another.</summary>
    /// <param name="rewordings">Each line (1-based), the phrase printed there, and what it becomes.</param>
    /// <returns>The copy; the caller disposes it.</returns>
    public static TempDirectory Reworded(params (int Line, string From, string To)[] rewordings)
    {
        var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        var path = SeedFileIn(seeds);
        var lines = File.ReadAllText(path).Split('\n');
        foreach (var (line, from, to) in rewordings)
        {
            lines[line - 1].Should().Contain(from, "the rewording of line {0} must find its phrase", line);
            lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, string.Join('\n', lines));
        return seeds;
    }

    /// <summary>The seed text's path inside a copy of <c>seeds/</c>.</summary>
    /// <param name="seeds">The copy.</param>
    /// <returns>The path.</returns>
    public static string SeedFileIn(TempDirectory seeds) => Path.Combine(seeds.Path, Path.GetFileName(RepositoryPaths.SeedFile));
}
