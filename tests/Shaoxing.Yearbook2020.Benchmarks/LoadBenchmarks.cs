using BenchmarkDotNet.Attributes;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>
/// Warm load of each data file and of the whole dataset, in the same run: the floor (a
/// <c>Utf8JsonReader</c> pass materialising every string), the package's loader, its parts (the
/// SHA-256 integrity check alone, the strict generated readers alone, the plain source-generated reader), and
/// reflection-based deserialization into the same records. Ratios are against the floor.
/// </summary>
/// <remarks>For the whole dataset, <see cref="Package"/> and <see cref="Embedded"/> are <c>Yearbook.Load</c>: they
/// also read and check <c>dataset.json</c> and make every collection (whose query indexes are built on
/// first use, not here); the other ways only deserialize.</remarks>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private const string WholeDataset = "(all files)";

    /// <summary>The file to load, or the whole dataset.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = WholeDataset;

    /// <summary>Every listed file and the whole dataset; <c>LOAD_BENCHMARK_WHOLE_ONLY=1</c> keeps only the whole
    /// dataset (for a run with more iterations on the figure the targets are about).</summary>
    public static IEnumerable<string> Files => Environment.GetEnvironmentVariable("LOAD_BENCHMARK_WHOLE_ONLY") == "1"
        ? [WholeDataset]
        : DataFiles.ListedNames.Append(WholeDataset);

    [Benchmark(Baseline = true)]
    public int Floor() => File == WholeDataset
        ? DataFiles.ListedNames.Sum(n => FloorReader.Read(DataFiles.All[n]))
        : FloorReader.Read(DataFiles.All[File]);

    [Benchmark]
    public object Package() => File == WholeDataset
        ? Yearbook.Load(new Data.InMemoryDataFileSource(DataFiles.All))
        : FileKinds.Load(File, LoadWay.Package);

    /// <summary>The default dataset's way: the embedded resources, not hashed (the tests hash them at build time); for the whole dataset a fresh <c>Yearbook</c> over them with every collection loaded.</summary>
    [Benchmark]
    public object Embedded() => File == WholeDataset
        ? Yearbook.Load(new Data.EmbeddedDataFileSource())
        : FileKinds.Load(File, LoadWay.Embedded);

    /// <summary>The integrity check alone (SHA-256 of the bytes, as the loader computes it): its share of <see cref="Package"/>.</summary>
    [Benchmark]
    public int Sha256() => File == WholeDataset
        ? DataFiles.ListedNames.Sum(n => Data.DataFileLoader.Sha256Hex(DataFiles.All[n]).Length)
        : Data.DataFileLoader.Sha256Hex(DataFiles.All[File]).Length;

    [Benchmark]
    public object Readers() => Each(LoadWay.Readers);

    [Benchmark]
    public object Reflection() => Each(LoadWay.Reflection);

    private object Each(LoadWay way) => File == WholeDataset
        ? DataFiles.ListedNames.Select(n => FileKinds.Load(n, way)).ToList()
        : FileKinds.Load(File, way);
}
