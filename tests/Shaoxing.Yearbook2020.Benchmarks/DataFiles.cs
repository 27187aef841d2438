using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>The committed data files, read once into memory so that benchmarks measure parsing, not disk.</summary>
internal static class DataFiles
{
    public static readonly IReadOnlyDictionary<string, byte[]> All =
        Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    public static IEnumerable<string> ListedNames => All.Keys.Where(n => n != "dataset.json").Order(StringComparer.Ordinal);
}
