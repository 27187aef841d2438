using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Testing;
using Shaoxing.Yearbook2020.Tests.Data;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// Data an adversary made to get past the integrity check (hashes, counts and the manifest's checksum kept
/// consistent): what <see cref="Yearbook.Load(string)"/> must refuse, what <see cref="Yearbook.Validate"/>
/// must report, and what <see cref="Yearbook.CheckConsistency"/> must answer without throwing.
/// </summary>
public sealed class AdversarialDataTests
{
    private static readonly TimeSpan LoadLimit = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("change of -100%", "divides by zero")]
    [InlineData("operands near decimal.MaxValue", "overflows")]
    [InlineData("every row of 表7 holds a digit", "cannot be counted")]
    public void CheckConsistency_RuleThatCannotBeComputed_IsAResultSayingWhy(string damage, string why)
    {
        var files = ManifestEditor.CommittedFiles();
        switch (damage)
        {
            case "change of -100%":
                SetFigures(files, -100m, "safety-2020-accidents-change");
                break;
            case "operands near decimal.MaxValue":
                var rule = Records(files, "consistency-rules.json").Single(r => (string)r!["id"]! == "xueliang-video-points-sum");
                SetFigures(files, decimal.MaxValue, [.. rule!["operands"]!.AsArray().Select(o => (string)o!["figureId"]!)]);
                break;
            default:
                var tables = Records(files, "tables.json");
                foreach (var row in tables.Single(t => (string)t!["id"]! == "table-7")!["rows"]!.AsArray())
                {
                    var cells = row!["cells"]!.AsArray();
                    cells[^1] = (string)cells[^1]! + "1";
                }

                ManifestEditor.RewriteWithHash(files, "tables.json", Encoding.UTF8.GetBytes(tables.ToJsonString()));
                break;
        }

        var yearbook = Yearbook.Load(new InMemoryDataFileSource(files));

        var report = yearbook.CheckConsistency();

        report.Results.Should().HaveCount(yearbook.ConsistencyRules.Count);
        report.Results.Should().Contain(r => !r.IsEvaluated && r.Computation.StartsWith("not evaluated: ", StringComparison.Ordinal) && r.Computation.Contains(why, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(456)]
    [InlineData(99999)]
    public void Load_SeedLineCountOtherThanTheSeeds_IsRefused(int count)
    {
        var files = ManifestEditor.CommittedFiles();
        ManifestEditor.EditManifest(files, m => m["seedLineCount"] = count);

        var thrown = ((Action)(() => Yearbook.Load(new InMemoryDataFileSource(files)))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be("dataset.json");
        thrown.JsonPath.Should().Be("$.seedLineCount");
        thrown.Reason.Should().Contain("457");
    }

    [Theory]
    [InlineData("a symbolic link to /dev/zero", "symbolic link")]
    [InlineData("a symbolic link to a copy outside the folder", "symbolic link")]
    [InlineData("a named pipe", "not a regular file")]
    [InlineData("a folder", "folder")]
    [InlineData("larger than the cap", "more than the 67108864")]
    public void Load_DataFileThatIsNotASmallRegularFile_IsRefusedBeforeReading(string what, string reason)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        using var outside = new TempDirectory();
        var path = Path.Combine(copy.Path, "meetings.json");
        File.Move(path, Path.Combine(outside.Path, "meetings.json"));
        switch (what)
        {
            case "a symbolic link to /dev/zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "a symbolic link to a copy outside the folder":
                File.CreateSymbolicLink(path, Path.Combine(outside.Path, "meetings.json"));
                break;
            case "a named pipe":
                MakeFifo(path);
                break;
            case "a folder":
                Directory.CreateDirectory(path);
                break;
            default:
                // Sparse: the file system holds no data for it, so the test is cheap, but its size is real.
                using (var stream = File.Create(path))
                {
                    stream.SetLength(DirectoryDataFileSource.MaxFileBytes + 1);
                }

                break;
        }

        // Before a data file is checked, a pipe blocks the reader for ever and /dev/zero fills the memory:
        // the load runs on its own thread so that the test fails instead of hanging.
        var load = Task.Run(() => Yearbook.Load(copy.Path));
        ((IAsyncResult)load).AsyncWaitHandle.WaitOne(LoadLimit).Should().BeTrue($"a data file that is {what} must be refused, not read");
        load.IsFaulted.Should().BeTrue($"a data file that is {what} must be refused within {LoadLimit}");
        var thrown = load.Exception!.InnerException.Should().BeOfType<YearbookDataException>().Which;
        thrown.FileName.Should().Be("meetings.json");
        thrown.Reason.Should().Contain(reason);
    }

    [Fact]
    public async Task Load_ManifestSwappedForANamedPipeWhileLoading_IsRefusedWithoutBlocking()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, DataFileNames.Dataset);
        var regular = Path.Combine(copy.Path, "regular.tmp");
        var pipe = Path.Combine(copy.Path, "pipe.tmp");
        var original = File.ReadAllBytes(path);
        using var stop = new CancellationTokenSource();

        // The manifest is swapped, by atomic renames, for a named pipe and back as fast as can be, while it is
        // loaded again and again: a load that checks the path and then opens it meets a pipe it checked as a
        // regular file sooner or later, and waits for a writer for ever.
        // The first data file is missing, so that a load that gets past the manifest ends at once.
        File.Delete(Path.Combine(copy.Path, Yearbook.Kinds[0].FileName));
        var swapper = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                mkfifo(pipe, 0b110_000_000).Should().Be(0);
                File.Move(pipe, path, overwrite: true);
                File.WriteAllBytes(regular, original);
                File.Move(regular, path, overwrite: true);
            }
        }, TestContext.Current.CancellationToken);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var loads = Task.Run(() =>
        {
            for (var watch = Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(3);)
            {
                string outcome;
                try
                {
                    Yearbook.Load(copy.Path);
                    outcome = "loaded";
                }
                catch (YearbookDataException ex)
                {
                    outcome = $"{ex.FileName}: {ex.Reason}";
                }

                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }, TestContext.Current.CancellationToken);

        var finished = await Task.WhenAny(loads, Task.Delay(LoadLimit, TestContext.Current.CancellationToken)) == loads;
        await stop.CancelAsync();
        await swapper.WaitAsync(LoadLimit, TestContext.Current.CancellationToken);
        finished.Should().BeTrue("a data file swapped for a named pipe must be refused, not waited on");
        await loads;
        outcomes.Keys.Should().Contain(k => k.StartsWith(DataFileNames.Dataset + ": ", StringComparison.Ordinal) && k.Contains("not a regular file", StringComparison.Ordinal), "the race must have been run: {0}", string.Join("; ", outcomes));
    }

    [Theory]
    [InlineData("a file listed twice", "$.files[{appended}].name", "twice")]
    [InlineData("a file named by a path", "$.files[{appended}].name", "not the name of a file")]
    [InlineData("coverage year -1", "$.coverageYear", "-1")]
    [InlineData("coverage year 2021", "$.coverageYear", "2021")]
    [InlineData("an empty title", "$.title", "title is empty")]
    [InlineData("a blank title", "$.title", "title is empty")]
    public void Load_ManifestOddity_IsRefused(string oddity, string jsonPath, string reason)
    {
        var files = ManifestEditor.CommittedFiles();
        ManifestEditor.EditManifest(files, manifest =>
        {
            var listed = manifest["files"]!.AsArray();
            switch (oddity)
            {
                case "a file listed twice":
                    listed.Add(new JsonObject { ["name"] = "agencies.json", ["sha256"] = new string('0', 64), ["records"] = 999 });
                    break;
                case "a file named by a path":
                    listed.Add(new JsonObject { ["name"] = "../../../etc/passwd", ["sha256"] = new string('0', 64), ["records"] = 1 });
                    break;
                case "coverage year -1":
                    manifest["coverageYear"] = -1;
                    break;
                case "coverage year 2021":
                    manifest["coverageYear"] = 2021;
                    break;
                case "an empty title":
                    manifest["title"] = string.Empty;
                    break;
                default:
                    manifest["title"] = " \t";
                    break;
            }
        });

        var thrown = ((Action)(() => Yearbook.Load(new InMemoryDataFileSource(files)))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be("dataset.json");
        // An appended file follows the one listed for each record kind.
        thrown.JsonPath.Should().Be(jsonPath.Replace("{appended}", Yearbook.Kinds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        thrown.Reason.Should().Contain(reason);
    }

    [Theory]
    [InlineData("every data file empty", "DatasetManifest", "Records")]
    [InlineData("two agenda items with one id", "Meeting", "AgendaItems")]
    [InlineData("表6 counts whose int sum wraps round to the total", "DistrictSafetyStatistics", "TotalAccidents")]
    public void Validate_DataThatLoads_ReportsWhatIsWrong(string damage, string recordKind, string property)
    {
        var files = ManifestEditor.CommittedFiles();
        switch (damage)
        {
            case "every data file empty":
                foreach (var name in files.Keys.Where(n => n != DataFileNames.Dataset).ToList())
                {
                    ManifestEditor.RewriteWithHash(files, name, "[]"u8.ToArray(), 0);
                }

                break;
            case "two agenda items with one id":
                var meetings = Records(files, "meetings.json");
                var items = meetings.First(m => m!["agendaItems"]!.AsArray().Count >= 2)!["agendaItems"]!.AsArray();
                items[1]!["id"] = (string)items[0]!["id"]!;
                ManifestEditor.RewriteWithHash(files, "meetings.json", Encoding.UTF8.GetBytes(meetings.ToJsonString()));
                break;
            default:
                var rows = Records(files, "district-safety-statistics.json");
                var row = rows[1]!;
                row["constructionAccidents"] = int.MaxValue;
                row["otherIndustrialAccidents"] = int.MaxValue;
                row["roadAccidents"] = (int)row["totalAccidents"]! + 2; // 2 × int.MaxValue + total + 2 ≡ total (mod 2³²)
                ManifestEditor.RewriteWithHash(files, "district-safety-statistics.json", Encoding.UTF8.GetBytes(rows.ToJsonString()));
                break;
        }

        var yearbook = Yearbook.Load(new InMemoryDataFileSource(files));

        var report = yearbook.Validate();

        report.IsValid.Should().BeFalse();
        report.Issues.Should().Contain(i => i.RecordKind == recordKind && i.Property == property);
    }

    [Theory]
    [InlineData("a cycle of parents", "places.json", "Place", "ParentId", "shaoxing → zhejiang → shaoxing")]
    [InlineData("a meeting dated 2019-07-15", "meetings.json", "Meeting", "Date", "2019-07-15 lies outside 2020")]
    [InlineData("an appointment last seen in 2021", "people.json", "Person", "Appointments[0].LastSeen", "lies outside 2020")]
    [InlineData("a place id holding a line break", "places.json", "Place", "Id", "is not an id")]
    [InlineData("a section reference with a trailing space", "entries.json", "Entry", "SectionId", "is not an id")]
    [InlineData("a place reference in a list holding a capital", "entries.json", "Entry", "PlaceIds[0]", "is not an id")]
    [InlineData("an honour title holding ESC", "honours.json", "Honour", "Title", "U+001B (a control character)")]
    [InlineData("a person's name holding a right-to-left override", "people.json", "Person", "Name", "U+202E (a bidirectional control)")]
    [InlineData("an agenda item's subject holding a zero-width space", "meetings.json", "Meeting", "AgendaItems[0].Subject", "U+200B (a zero-width character)")]
    [InlineData("a place's name holding a line break", "places.json", "Place", "Name", "U+000A (a control character)")]
    public void Validate_FieldDamageThatLoads_IsReportedNamingRecordAndField(string damage, string fileName, string recordKind, string property, string message)
    {
        var files = ManifestEditor.CommittedFiles();
        var records = Records(files, fileName);
        string id;
        switch (damage)
        {
            case "a cycle of parents":
                records.Single(r => (string)r!["id"]! == "zhejiang")!["parentId"] = "shaoxing";
                id = "shaoxing";
                break;
            case "a meeting dated 2019-07-15":
                records[0]!["date"] = "2019-07-15";
                id = (string)records[0]!["id"]!;
                break;
            case "an appointment last seen in 2021":
                var holder = records.First(r => r!["appointments"]!.AsArray().Count > 0)!;
                holder["appointments"]![0]!["lastSeen"] = "2021-01-04";
                id = (string)holder["id"]!;
                break;
            case "a place id holding a line break":
                id = (string)records[^1]!["id"]! + "\nx";
                records[^1]!["id"] = id;
                break;
            case "a section reference with a trailing space":
                records[0]!["sectionId"] = (string)records[0]!["sectionId"]! + " ";
                id = (string)records[0]!["id"]!;
                break;
            case "a place reference in a list holding a capital":
                var naming = records.First(r => r!["placeIds"]!.AsArray().Count > 0)!;
                naming["placeIds"]![0] = ((string)naming["placeIds"]![0]!).ToUpperInvariant();
                id = (string)naming["id"]!;
                break;
            case "an honour title holding ESC":
                records[0]!["title"] = "\u001b[31m" + (string)records[0]!["title"]!;
                id = (string)records[0]!["id"]!;
                break;
            case "a person's name holding a right-to-left override":
                records[0]!["name"] = "\u202E" + (string)records[0]!["name"]!;
                id = (string)records[0]!["id"]!;
                break;
            case "an agenda item's subject holding a zero-width space":
                var meeting = records.First(r => r!["agendaItems"]!.AsArray().Count > 0)!;
                meeting["agendaItems"]![0]!["subject"] = (string)meeting["agendaItems"]![0]!["subject"]! + "\u200B";
                id = (string)meeting["id"]!;
                break;
            default:
                var name = (string)records[0]!["name"]!;
                records[0]!["name"] = name[..1] + "\n" + name[1..];
                id = (string)records[0]!["id"]!;
                break;
        }

        ManifestEditor.RewriteWithHash(files, fileName, Encoding.UTF8.GetBytes(records.ToJsonString()));
        var yearbook = Yearbook.Load(new InMemoryDataFileSource(files));

        var report = yearbook.Validate();

        report.Issues.Should().Contain(
            i => i.RecordKind == recordKind && i.RecordId == id && i.Property == property && i.Message.Contains(message, StringComparison.Ordinal),
            "{0} must be reported; the issues were: {1}",
            damage,
            string.Join("; ", report.Issues));
    }

    [Fact]
    public void MonthQueries_RecordDatedInAnotherYear_IsInNoMonthOf2020()
    {
        var files = ManifestEditor.CommittedFiles();
        var meetings = Records(files, "meetings.json");
        var july = meetings.First(m => ((string)m!["date"]!).StartsWith("2020-07-", StringComparison.Ordinal))!;
        july["date"] = "2019-07-15";
        ManifestEditor.RewriteWithHash(files, "meetings.json", Encoding.UTF8.GetBytes(meetings.ToJsonString()));
        var incidents = Records(files, "safety-incidents.json");
        var dated = incidents.First(i => i!["date"] is not null)!;
        var month = DateOnly.Parse((string)dated["date"]!, System.Globalization.CultureInfo.InvariantCulture).Month;
        dated["date"] = $"2019-{month:00}-01";
        ManifestEditor.RewriteWithHash(files, "safety-incidents.json", Encoding.UTF8.GetBytes(incidents.ToJsonString()));
        var yearbook = Yearbook.Load(new InMemoryDataFileSource(files));

        yearbook.Meetings.InMonth(7).Select(m => m.Id).Should().NotContain((string)july["id"]!);
        yearbook.SafetyIncidents.InMonth(month).Select(i => i.Id).Should().NotContain((string)dated["id"]!);
    }

    // A process per pipe would swap too slowly to meet the race often.
    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    private static JsonArray Records(Dictionary<string, byte[]> files, string fileName) => JsonNode.Parse(files[fileName])!.AsArray();

    private static void SetFigures(Dictionary<string, byte[]> files, decimal value, params string[] ids)
    {
        var figures = Records(files, "figures.json");
        foreach (var figure in figures.Where(f => ids.Contains((string)f!["id"]!)))
        {
            figure!["normalizedValue"] = value;
        }

        ManifestEditor.RewriteWithHash(files, "figures.json", Encoding.UTF8.GetBytes(figures.ToJsonString()));
    }
}
