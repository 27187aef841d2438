using BenchmarkDotNet.Running;
using Shaoxing.Yearbook2020;

// `cold-*` modes are the fresh processes of the cold-start comparison (run by cold-start.sh under
// /usr/bin/time); anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "cold-hello":
        Console.WriteLine("hello");
        return 0;
    case "cold-entries":
        Console.WriteLine(Yearbook.Default.Entries.Find("s5-e32")!.Heading);
        return 0;
    case "cold-meetings":
        // Touches the meetings only (dataset.json and meetings.json are read; LazyLoadingTests proves it).
        Console.WriteLine(Yearbook.Default.Meetings.InMonth(7).Length);
        return 0;
    case "cold-meetings-phases":
    {
        // Where the cold first answer's time goes (not part of the cold-start comparison).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sinceStart = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime;
        void Phase(string name) => Console.WriteLine($"{name,-28} {clock.Elapsed.TotalMilliseconds,8:F1} ms");
        Console.WriteLine($"{"runtime start -> Main",-28} {sinceStart.TotalMilliseconds,8:F1} ms");
        Phase("Main (+ reading StartTime)");
        var yearbook = Yearbook.Default;
        Phase("manifest read and checked");
        var meetings = yearbook.Meetings;
        Phase("meetings loaded and indexed");
        var july = meetings.InMonth(7);
        Phase("first query");
        Console.WriteLine(july.Length);
        return 0;
    }

    case "cold-full":
        Console.WriteLine(TouchAll(Yearbook.Default));
        return 0;
    case "cold-memory":
    {
        // Managed memory held by the fully loaded dataset: live heap after a full GC, before and after.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var yearbook = Yearbook.Default;
        var records = TouchAll(yearbook);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var queries = BuildEveryIndex(yearbook);
        var withIndexes = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(yearbook);
        Console.WriteLine($"records {records} managed_bytes_before {before} after {after} dataset_bytes {after - before}");
        Console.WriteLine($"after one query per index ({queries} answers): managed_bytes {withIndexes} dataset_bytes_with_indexes {withIndexes - before}");
        return 0;
    }

    case "synthetic-counts":
    {
        // The record counts of the generator's output for the seed repeated N times (proof that the
        // GeneratorBenchmarks' copies are extracted, not skipped): dotnet run -c Release -- synthetic-counts 10
        var generator = new Shaoxing.Yearbook2020.Benchmarks.GeneratorBenchmarks { Copies = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) };
        generator.MakeText();
        foreach (var (name, bytes) in generator.ExtractAndWrite())
        {
            using var json = System.Text.Json.JsonDocument.Parse(bytes);
            var count = json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? json.RootElement.GetArrayLength() : 1;
            Console.WriteLine($"{name} {count}");
        }

        return 0;
    }

    default:
        BenchmarkSwitcher.FromAssembly(typeof(Shaoxing.Yearbook2020.Benchmarks.LoadBenchmarks).Assembly).Run(args);
        return 0;
}

// One query per query index (indexes are built on first use), so that the memory they hold is counted.
static int BuildEveryIndex(Yearbook y) =>
    new object?[]
    {
        y.Entries.Find("s5-e32"), y.Entries.InSection("s1"), y.Entries.WithHeading("概况"),
        y.Sections.Find("s1"), y.Sections.FindByTitle("综述"), y.Captions.Find("x"), y.Tables.Find("x"), y.Corrections.Find("x"),
        y.Figures.Find("x"), y.Figures.InEntry("s1-e01"), y.Figures.InTable("t6"), y.ConsistencyRules.Find("x"),
        y.Agencies.Find("x"), y.Agencies.FindByName("市发改委"), y.Agencies.FindByName("发改委"), y.Agencies.Listed(), y.Agencies.OfKind(Shaoxing.Yearbook2020.Model.AgencyKind.External),
        y.People.Find("x"), y.People.FindByName("x"), y.People.Holders("主任", "市发改委"),
        y.Meetings.Find("x"), y.Meetings.OnDate(new DateOnly(2020, 7, 29)), y.Meetings.InMonth(7), y.Meetings.OfKind(Shaoxing.Yearbook2020.Model.MeetingKind.Plenary),
        y.Meetings.FindByNumber(80), y.Meetings.WithPresenter("x"), y.Meetings.ItemsFromAgency("市发改委"),
        y.SafetyIncidents.Find("x"), y.SafetyIncidents.InDistrict("x"), y.SafetyIncidents.InCategory(Shaoxing.Yearbook2020.Model.IncidentCategory.Fire),
        y.SafetyIncidents.FindByCode("8·2"), y.SafetyIncidents.InMonth(8),
        y.DistrictSafetyStatistics.Find("x"), y.DistrictSafetyStatistics.ForArea("x"),
        y.Honours.Find("x"), y.Honours.ReceivedBy("x"), y.Honours.NominatedBy("x"), y.Honours.WithAffiliation("x"),
        y.Honours.AtLevel(Shaoxing.Yearbook2020.Model.HonourLevel.National), y.Honours.OnDate(new DateOnly(2020, 1, 1)),
    }.Length;

static int TouchAll(Yearbook yearbook) =>
    yearbook.Entries.Count + yearbook.Sections.Count + yearbook.Captions.Count + yearbook.Tables.Count
    + yearbook.Corrections.Count + yearbook.Figures.Count + yearbook.ConsistencyRules.Count
    + yearbook.Agencies.Count + yearbook.People.Count + yearbook.Meetings.Count
    + yearbook.SafetyIncidents.Count + yearbook.DistrictSafetyStatistics.Count + yearbook.Honours.Count;
