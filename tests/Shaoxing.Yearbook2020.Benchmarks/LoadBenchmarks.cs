using BenchmarkDotNet.Attributes;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>
/// Warm load of each data file and of the whole dataset, three ways in the same run: the floor (a
/// <c>Utf8JsonReader</c> pass materialising every string), the package's loader, and reflection-based
/// deserialization into the same records. Ratios are against the floor.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private const string WholeDataset = "(all files)";

    /// <summary>The file to load, or the whole dataset.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = WholeDataset;

    public static IEnumerable<string> Files => DataFiles.ListedNames.Append(WholeDataset);

    [Benchmark(Baseline = true)]
    public int Floor() => File == WholeDataset
        ? DataFiles.All.Values.Sum(FloorReader.Read)
        : FloorReader.Read(DataFiles.All[File]);

    [Benchmark]
    public object Package() => File == WholeDataset
        ? Yearbook.Load(new Data.InMemoryDataFileSource(DataFiles.All))
        : FileKinds.Package(File);

    [Benchmark]
    public object Reflection() => File == WholeDataset
        ? DataFiles.ListedNames.Select(FileKinds.Reflection).ToList()
        : FileKinds.Reflection(File);
}
