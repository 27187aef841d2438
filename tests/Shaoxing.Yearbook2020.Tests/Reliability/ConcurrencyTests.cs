using System.Collections.Concurrent;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// 64 threads, released together by a barrier, race on the first access to every
/// collection of a fresh lazily opened yearbook and on every query helper of every collection
/// (plus <see cref="Yearbook.Validate"/> and <see cref="Yearbook.CheckConsistency"/>). Every thread
/// must get the same collection instances, the same answers as a single-threaded reference, no
/// exception, and each data file must be read exactly once.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 64;
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Every record kind's collection, by the kind's name (from the registry, so a new kind is raced too).</summary>
    private static readonly (string Name, Func<Yearbook, object> Of)[] Collections =
        [.. Yearbook.Kinds.Select(k => (k.Name, (Func<Yearbook, object>)k.RecordsIn))];

    /// <summary>
    /// Every query helper of every collection, each turned into a value fingerprint (ids or
    /// values joined), so answers can be compared across threads by value.
    /// </summary>
    private static readonly (string Name, Func<Yearbook, string> Ask)[] Queries =
    [
        ("Sections.ids", y => Ids(y.Sections.Select(s => s.Id))),
        ("Sections.Find", y => y.Sections.Find("s5")?.Id ?? "-"),
        ("Sections.FindByTitle", y => y.Sections.FindByTitle("应急管理")?.Id ?? "-"),
        ("Entries.ids", y => Ids(y.Entries.Select(e => e.Id))),
        ("Entries.Find", y => y.Entries.Find("s5-e01")?.Heading ?? "-"),
        ("Entries.InSection", y => Ids(y.Entries.InSection("s5").Select(e => e.Id))),
        ("Entries.WithHeading", y => Ids(y.Entries.WithHeading("概况").Select(e => e.Id))),
        ("Entries.Search", y => Ids(y.Entries.Search("槽罐车").Select(h => $"{h.Entry.Id}@{h.Index}:{h.SeedLine}:{h.Snippet}"))),
        ("Captions.ids", y => Ids(y.Captions.Select(c => c.Id))),
        ("Tables.Find", y => Ids(y.Tables.Find("table-6")?.Rows.SelectMany(r => r.Cells) ?? [])),
        ("Corrections.ids", y => Ids(y.Corrections.Select(c => c.Id))),
        ("Agencies.Listed", y => Ids(y.Agencies.Listed().Select(a => a.Id))),
        ("Agencies.OfKind", y => Ids(y.Agencies.OfKind(AgencyKind.WorkingDepartment).Select(a => a.Id))),
        ("Agencies.FindByName", y => y.Agencies.FindByName("发改委")?.Id ?? "-"),
        ("Agencies.Resolve", y => y.Agencies.Resolve("市应急管理局")?.Id ?? "-"),
        ("Agencies.ClosestTo", y => Ids(y.Agencies.ClosestTo("应急管理").Select(a => a.Id))),
        ("People.ids", y => Ids(y.People.Select(p => p.Id))),
        ("People.FindByName", y => y.People.FindByName("孙永国")?.Id ?? "-"),
        ("People.Holders", y => Ids(y.People.Holders("局长", "市应急管理局").Select(h => h.Person.Id))),
        ("People.HolderOn", y => y.People.HolderOn("局长", "市应急管理局", new DateOnly(2020, 7, 1))?.Id ?? "-"),
        ("People.HoldersInMonth", y => Ids(y.People.HoldersInMonth("局长", "市应急管理局", 7).Select(p => p.Id))),
        ("Meetings.Items", y => Ids(y.Meetings.Items().Select(mi => mi.Item.Id))),
        ("Meetings.OnDate", y => Ids(y.Meetings.OnDate(new DateOnly(2020, 7, 16)).Select(m => m.Id))),
        ("Meetings.Between", y => Ids(y.Meetings.Between(new DateOnly(2020, 3, 1), new DateOnly(2020, 6, 30)).Select(m => m.Id))),
        ("Meetings.InMonth", y => Ids(y.Meetings.InMonth(7).Select(m => m.Id))),
        ("Meetings.OfKind", y => Ids(y.Meetings.OfKind(MeetingKind.Plenary).Select(m => m.Id))),
        ("Meetings.FindByNumber(kind)", y => y.Meetings.FindByNumber(MeetingKind.Executive, 68)?.Id ?? "-"),
        ("Meetings.FindByNumber", y => y.Meetings.FindByNumber(8)?.Id ?? "-"),
        ("Meetings.WithPresenter", y => Ids(y.Meetings.WithPresenter("孙永国").Select(mi => mi.Item.Id))),
        ("Meetings.ItemsFromAgency", y => Ids(y.Meetings.ItemsFromAgency("市应急管理局").Select(mi => mi.Item.Id))),
        ("Meetings.WithAgency", y => Ids(y.Meetings.WithAgency("市应急管理局", AgendaItemKind.Drafting).Select(m => m.Id))),
        ("Meetings.WithDocument", y => Ids(y.Meetings.WithDocument("物业管理").Select(mi => mi.Item.Id))),
        ("Meetings.Documents", y => Ids(y.Meetings.Documents().Select(d => d.Title + "@" + d.FirstMeeting.Id))),
        ("Meetings.DraftedDocuments", y => Ids(y.Meetings.DraftedDocuments().Select(d => d.Title))),
        ("SafetyIncidents.InDistrict", y => Ids(y.SafetyIncidents.InDistrict("柯桥").Select(i => i.Id))),
        ("SafetyIncidents.InCategory", y => Ids(y.SafetyIncidents.InCategory(IncidentCategory.RoadTraffic).Select(i => i.Id))),
        ("SafetyIncidents.InMonth", y => Ids(y.SafetyIncidents.InMonth(8).Select(i => i.Id))),
        ("SafetyIncidents.Between", y => Ids(y.SafetyIncidents.Between(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)).Select(i => i.Id))),
        ("SafetyIncidents.Fatal", y => Ids(y.SafetyIncidents.Fatal().Select(i => i.Id))),
        ("SafetyIncidents.InShaoxing", y => Ids(y.SafetyIncidents.InShaoxing().Select(i => i.Id))),
        ("SafetyIncidents.FindByCode", y => y.SafetyIncidents.FindByCode("8·2")?.Id ?? "-"),
        ("DistrictSafetyStatistics.Total", y => y.DistrictSafetyStatistics.Total?.Id ?? "-"),
        ("DistrictSafetyStatistics.Districts", y => Ids(y.DistrictSafetyStatistics.Districts.Select(r => r.Id))),
        ("DistrictSafetyStatistics.ForArea", y => y.DistrictSafetyStatistics.ForArea("诸暨")?.Id ?? "-"),
        ("Honours.ReceivedBy", y => Ids(y.Honours.ReceivedBy("绍兴市消防救援支队").Select(h => h.Id))),
        ("Honours.WithAffiliation", y => Ids(y.Honours.WithAffiliation("绍兴市消防救援支队").Select(h => h.Id))),
        ("Honours.NominatedBy", y => Ids(y.Honours.NominatedBy("诸暨市安委办").Select(h => h.Id))),
        ("Honours.AtLevel", y => Ids(y.Honours.AtLevel(HonourLevel.National).Select(h => h.Id))),
        ("Honours.WithTitleContaining", y => Ids(y.Honours.WithTitleContaining("先进").Select(h => h.Id))),
        ("Honours.OnDate", y => Ids(y.Honours.Where(h => h.Date is not null).Take(1).SelectMany(h => y.Honours.OnDate(h.Date!.Value)).Select(h => h.Id))),
        ("Figures.InEntry", y => Ids(y.Figures.InEntry("s5-e01").Select(f => f.Id))),
        ("Figures.InTable", y => Ids(y.Figures.InTable("table-6").Select(f => f.Id))),
        ("Figures.WithLabel", y => Ids(y.Figures.WithLabel("事故").Select(f => f.Id))),
        ("ConsistencyRules.ids", y => Ids(y.ConsistencyRules.Select(r => r.Id))),
        ("Validate", y => Validation(y)),
        ("CheckConsistency", y => Ids(y.CheckConsistency().Results.Select(r => $"{r.Rule.Id}:{r.Holds}:{r.Computed}:{r.Printed}:{r.Computation}"))),
    ];

    [Fact]
    public async Task Validate_EveryThreadWithA128KiBStack_Returns()
    {
        // ulimit -s sets the stack of every thread the runtime starts on Linux, the thread pool's included.
        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "ulimit -s 128 && exec dotnet \"$0\" \"$1\"", typeof(ChildProcessProgram).Assembly.Location, ChildProcessProgram.Validate },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = System.Diagnostics.Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        using var timeout = new CancellationTokenSource(JoinTimeout);
        var exited = true;
        try
        {
            await child.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            child.Kill(entireProcessTree: true);
        }

        exited.Should().BeTrue("Validate must return under a small stack");
        child.ExitCode.Should().Be(0, "the data is valid: {0}{1}", await output, await error);
        (await output).Should().Contain(" records, 0 issues");
    }

    [Fact]
    public void Queries_ReferenceAnswers_AreNotAllEmpty()
    {
        // Guards the race below against comparing nothing with nothing: most queries must find records.
        var reference = Reference();
        reference.Values.Count(v => v.Length > 1).Should().BeGreaterThan(Queries.Length - 5);
        reference["Validate"].Should().StartWith("valid");
    }

    [Fact]
    public void FirstAccess_Racing64Threads_OnEveryCollectionAndQuery_AgreesAndReadsEachFileOnce()
    {
        var source = new CountingSource(new DirectoryDataFileSource(RepositoryPaths.Data));
        var yearbook = Yearbook.Open(source);
        source.Reads.Keys.Should().Equal(DataFileNames.Dataset);

        var (instances, answers) = Race(yearbook);

        AssertOneInstancePerCollection(instances);
        AssertAnswersEqualReference(answers, Reference());
        source.Reads.Keys.Should().BeEquivalentTo(DataFileNames.Listed.Append(DataFileNames.Dataset), "every data file is read");
        source.Reads.Should().OnlyContain(pair => pair.Value == 1, "each data file is read exactly once however many threads race for it");
    }

    [Fact]
    public void Default_Racing64Threads_OnEveryCollectionAndQuery_Agrees()
    {
        var (instances, answers) = Race(Yearbook.Default);

        AssertOneInstancePerCollection(instances);
        foreach (var (name, of) in Collections)
        {
            instances[name].Should().OnlyContain(o => ReferenceEquals(o, of(Yearbook.Default)), "{0} of Yearbook.Default is one instance", name);
        }

        AssertAnswersEqualReference(answers, Reference());
    }

    /// <summary>Starts 64 threads together; each touches the collections and asks every query, starting at a different one.</summary>
    private static (Dictionary<string, ConcurrentBag<object>> Instances, Dictionary<string, ConcurrentBag<string>> Answers) Race(Yearbook yearbook)
    {
        var instances = Collections.ToDictionary(c => c.Name, _ => new ConcurrentBag<object>());
        var answers = Queries.ToDictionary(q => q.Name, _ => new ConcurrentBag<string>());
        var failures = new ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var steps = Collections.Select(c => (Action)(() => instances[c.Name].Add(c.Of(yearbook))))
            .Concat(Queries.Select(q => (Action)(() => answers[q.Name].Add(q.Ask(yearbook)))))
            .ToArray();

        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                if (!start.SignalAndWait(JoinTimeout))
                {
                    throw new TimeoutException("the barrier was not reached by every thread");
                }

                // Thread t starts at step t (modulo), so every collection and query is some thread's first touch.
                for (var i = 0; i < steps.Length; i++)
                {
                    steps[(t + i) % steps.Length]();
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Enqueue(ex);
            }
        })
        { IsBackground = true, Name = $"race-{t}" }).ToList();

        workers.ForEach(w => w.Start());
        var deadline = DateTime.UtcNow + JoinTimeout;
        foreach (var worker in workers)
        {
            var left = deadline - DateTime.UtcNow;
            worker.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero).Should().BeTrue("thread {0} must finish within {1}", worker.Name, JoinTimeout);
        }

        failures.Should().BeEmpty("no thread may throw");
        return (instances, answers);
    }

    private static void AssertOneInstancePerCollection(Dictionary<string, ConcurrentBag<object>> instances)
    {
        foreach (var (name, seen) in instances)
        {
            seen.Should().HaveCount(Threads, "every thread touched {0}", name);
            seen.Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle("every thread must get the same {0} instance", name);
        }
    }

    private static void AssertAnswersEqualReference(Dictionary<string, ConcurrentBag<string>> answers, Dictionary<string, string> reference)
    {
        foreach (var (name, seen) in answers)
        {
            seen.Should().HaveCount(Threads, "every thread asked {0}", name);
            seen.Distinct(StringComparer.Ordinal).Should().Equal([reference[name]], "every thread must get the single-threaded answer to {0}", name);
        }
    }

    /// <summary>The answers of a fully loaded yearbook, asked on one thread.</summary>
    private static Dictionary<string, string> Reference()
    {
        var yearbook = Yearbook.Load(RepositoryPaths.Data);
        return Queries.ToDictionary(q => q.Name, q => q.Ask(yearbook), StringComparer.Ordinal);
    }

    private static string Ids(IEnumerable<string> ids) => "[" + string.Join("|", ids) + "]";

    private static string Validation(Yearbook yearbook)
    {
        var report = yearbook.Validate();
        return (report.IsValid ? "valid " : "invalid ") + report.RecordsChecked + Ids(report.Issues.Select(i => i.ToString()));
    }

    private sealed class CountingSource(IDataFileSource inner) : IDataFileSource
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

        public string Description => inner.Description;

        public ReadOnlySpan<byte> Read(string fileName)
        {
            Reads.AddOrUpdate(fileName, 1, (_, n) => n + 1);
            return inner.Read(fileName);
        }
    }
}
