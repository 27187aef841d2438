using System.Collections.Concurrent;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data;

public sealed class LazyLoadingTests
{
    [Fact]
    public void Default_IsOneInstance()
    {
        Yearbook.Default.Should().BeSameAs(Yearbook.Default);
    }

    [Fact]
    public void Open_ReadsOnlyTheManifest_UntilACollectionIsTouched()
    {
        var source = new CountingSource(new DirectoryDataFileSource(RepositoryPaths.Data));

        var yearbook = Yearbook.Open(source);
        source.Reads.Keys.Should().Equal("dataset.json");

        _ = yearbook.Sections.Count;
        source.Reads.Keys.Should().BeEquivalentTo("dataset.json", "sections.json");
    }

    [Fact]
    public void Meetings_TouchedAndQueried_ReadOnlyTheManifestAndMeetings()
    {
        // What the cold-meetings benchmark process does: touch the meetings, answer one query. Neither
        // entries.json nor figures.json (the two largest files besides meetings.json) may be read, so
        // they are never hashed or deserialized either.
        var source = new CountingSource(new DirectoryDataFileSource(RepositoryPaths.Data));
        var yearbook = Yearbook.Open(source);

        var july = yearbook.Meetings.InMonth(7);
        _ = yearbook.Meetings.OnDate(new DateOnly(2020, 7, 29));
        _ = yearbook.Meetings.FindByNumber(80);

        july.Should().HaveCount(4); // 7月2日, 7月16日, 7月29日 (seed lines 63, 65, 69) and the plenary of 7月31日 (line 35).
        source.Reads.Keys.Should().BeEquivalentTo("dataset.json", "meetings.json");
        source.Reads.Keys.Should().NotContain(["entries.json", "figures.json"]);
    }

    [Fact]
    public void FirstAccess_Racing32Threads_GetsOneInstance_AndReadsEachFileOnce()
    {
        var source = new CountingSource(new DirectoryDataFileSource(RepositoryPaths.Data));
        var yearbook = Yearbook.Open(source);
        const int threads = 32;
        using var start = new Barrier(threads);
        var seen = new ConcurrentBag<object>[5];
        for (var i = 0; i < seen.Length; i++)
        {
            seen[i] = [];
        }

        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            seen[0].Add(yearbook.Entries);
            seen[1].Add(yearbook.Sections);
            seen[2].Add(yearbook.Captions);
            seen[3].Add(yearbook.Tables);
            seen[4].Add(yearbook.Corrections);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        foreach (var bag in seen)
        {
            bag.Should().HaveCount(threads);
            bag.Distinct().Should().ContainSingle("every thread must get the same collection instance");
        }

        source.Reads.Values.Should().OnlyContain(count => count == 1);
    }

    private sealed class CountingSource(IDataFileSource inner) : IDataFileSource
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new();

        public string Description => inner.Description;

        public ReadOnlySpan<byte> Read(string fileName)
        {
            Reads.AddOrUpdate(fileName, 1, (_, n) => n + 1);
            return inner.Read(fileName);
        }
    }
}
