using BenchmarkDotNet.Attributes;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>Queries over the loaded default dataset. The baseline is a key lookup (O(1), frozen dictionary).</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private readonly Yearbook yearbook = Yearbook.Default;

    [GlobalSetup]
    public void Touch()
    {
        // Load every collection once, so the benchmarks measure queries, not the first deserialization.
        _ = yearbook.Entries.Count + yearbook.Sections.Count + yearbook.Figures.Count;
    }

    [Benchmark(Baseline = true)]
    public object? EntryById() => yearbook.Entries.Find("s5-e32");

    [Benchmark]
    public object EntriesWithHeading() => yearbook.Entries.WithHeading("概况");

    [Benchmark]
    public object FullTextSearch() => yearbook.Entries.Search("槽罐车");

    [Benchmark]
    public object? FigureById() => yearbook.Figures.Find("safety-2020-accidents-change");

    // Queries of later issues (agencies, meetings, people, honours): add them below this line.
}
