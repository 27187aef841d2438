using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>Queries over the loaded default dataset. The baseline is a key lookup (O(1), frozen dictionary).</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly DateOnly MeetingDay = new(2020, 7, 29);
    private static readonly DateOnly HolderDay = new(2020, 6, 1);
    private readonly Yearbook yearbook = Yearbook.Default;

    [GlobalSetup]
    public void Touch()
    {
        // Load every collection once, so the benchmarks measure queries, not the first deserialization.
        _ = yearbook.Entries.Count + yearbook.Sections.Count + yearbook.Figures.Count
            + yearbook.Agencies.Count + yearbook.People.Count + yearbook.Meetings.Count + yearbook.Honours.Count;
    }

    [Benchmark(Baseline = true)]
    public object? EntryById() => yearbook.Entries.Find("s5-e32");

    [Benchmark]
    public ImmutableArray<Entry> EntriesWithHeading() => yearbook.Entries.WithHeading("概况");

    [Benchmark]
    public ImmutableArray<EntrySearchHit> FullTextSearch() => yearbook.Entries.Search("槽罐车");

    [Benchmark]
    public object? FigureById() => yearbook.Figures.Find("s5-e15-f13");

    [Benchmark]
    public object? AgencyByFullName() => yearbook.Agencies.FindByName("绍兴市发展和改革委员会");

    [Benchmark]
    public object? AgencyByShortName() => yearbook.Agencies.FindByName("市发改委");

    [Benchmark]
    public object? AgencyByTolerantName() => yearbook.Agencies.FindByName("绍兴市 发改委");

    [Benchmark]
    public object? AgencyWithoutCityPrefix() => yearbook.Agencies.FindByName("发改委");

    [Benchmark]
    public ImmutableArray<Meeting> MeetingsOnDate() => yearbook.Meetings.OnDate(MeetingDay);

    [Benchmark]
    public ImmutableArray<Meeting> MeetingsInMonth() => yearbook.Meetings.InMonth(7);

    [Benchmark]
    public object? MeetingByNumber() => yearbook.Meetings.FindByNumber(MeetingKind.Executive, 80);

    [Benchmark]
    public object? HolderOnDate() => yearbook.People.HolderOn("主任", "市发改委", HolderDay);

    [Benchmark]
    public ImmutableArray<Honour> HonoursByRecipient() => yearbook.Honours.ReceivedBy("新昌县红十字户外救援队");
}
