using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class JsonOutputTests
{
    [Fact]
    public void Summary_Json_GivesTheSeedHashAndTheSections()
    {
        var root = Json("summary");

        root.GetProperty("dataset").GetProperty("seedSha256").GetString().Should().Be("c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90");
        root.GetProperty("sections").GetArrayLength().Should().Be(6);
        root.GetProperty("entries").GetInt32().Should().Be(93);
    }

    [Fact]
    public void Search_Json_CountsEveryHitAndListsAtMostTheLimit()
    {
        var root = Json("search", "槽罐车", "--limit", "1");

        root.GetProperty("count").GetInt32().Should().BeGreaterThan(1);
        root.GetProperty("hits").GetArrayLength().Should().Be(1);
        root.GetProperty("hits")[0].GetProperty("entryId").GetString().Should().StartWith("s");
    }

    [Fact]
    public void Meetings_JsonInJuly_AreMeetingRecordsOfThatMonth()
    {
        var root = Json("meetings", "--month", "7");

        root.GetProperty("kind").GetString().Should().Be("meetings");
        var records = root.GetProperty("records").EnumerateArray().ToList();
        records.Should().NotBeEmpty().And.HaveCount(root.GetProperty("count").GetInt32());
        records.Select(r => r.GetProperty("date").GetString()).Should().OnlyContain(d => d!.StartsWith("2020-07-", StringComparison.Ordinal));
    }

    [Fact]
    public void Meetings_JsonInJuly_AreTheLibrarysRecordsOfThatMonthAsThePackageWritesThem()
    {
        var expected = Yearbook.Default.Meetings.InMonth(7);
        var kind = Yearbook.Kinds.Single(k => k.RecordType == typeof(Meeting));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            kind.WriteJson(Yearbook.Default, writer);
        }

        var packageJson = JsonNode.Parse(buffer.WrittenSpan)!.AsArray().ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!);

        var records = JsonNode.Parse(Json("meetings", "--month", "7").GetRawText())!["records"]!.AsArray();

        records.Select(r => (r!["id"]!.GetValue<string>(), r["date"]!.GetValue<string>()))
            .Should().Equal(expected.Select(m => (m.Id, m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        foreach (var record in records)
        {
            JsonNode.DeepEquals(record, packageJson[record!["id"]!.GetValue<string>()]).Should().BeTrue($"{record!["id"]} is written as the package writes it");
        }
    }

    [Fact]
    public void Meetings_JsonWithItemFilter_GivesTheAgendaItemsWithTheirMeeting()
    {
        var root = Json("meetings", "--agency", "市应急管理局", "--item-kind", "drafting");

        root.GetProperty("kind").GetString().Should().Be("agenda-items");
        root.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("meetingId").GetString())
            .Should().BeEquivalentTo(["executive-71", "executive-74"]);
    }

    [Fact]
    public void Meeting_Json_IsTheMeetingRecordInThePackagesShape()
    {
        var meeting = Json("meeting", "68").GetProperty("records")[0];

        meeting.GetProperty("id").GetString().Should().Be("executive-68");
        meeting.GetProperty("chair").GetProperty("name").GetString().Should().Be("盛阅春");
        meeting.GetProperty("agendaItems")[0].GetProperty("id").GetString().Should().Be("executive-68-01");
    }

    [Fact]
    public void Agencies_JsonForOne_GivesTheAgencyAndItsAgendaItems()
    {
        var root = Json("agencies", "发改委");

        root.GetProperty("records")[0].GetProperty("name").GetString().Should().Be("绍兴市发展和改革委员会");
        root.GetProperty("agendaItemIds").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Agencies_Json_ListsEveryAgency()
    {
        Json("agencies").GetProperty("count").GetInt32().Should().Be(Yearbook.Default.Agencies.Count).And.BeGreaterThan(100);
    }

    [Fact]
    public void People_JsonForOne_GivesTheirAppointments()
    {
        var person = Json("people", "张永明").GetProperty("records")[0];

        person.GetProperty("name").GetString().Should().Be("张永明");
        person.GetProperty("appointments").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Who_JsonOnADay_NamesTheHolder()
    {
        var root = Json("who", "局长", "市交通运输局", "--date", "2020-02-27");

        root.GetProperty("holders")[0].GetProperty("name").GetString().Should().Be("杨建根");
    }

    [Fact]
    public void Who_JsonOverTheYear_GivesEachHoldersDates()
    {
        var holders = Json("who", "局长", "市交通运输局").GetProperty("holders").EnumerateArray().ToList();

        holders.Select(h => h.GetProperty("name").GetString()).Should().Contain(["杨建根", "张永明"]);
        holders.Should().OnlyContain(h => h.GetProperty("firstSeen").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void Incidents_JsonFatal_GivesTheTwoDeadlyIncidentsWithKebabCaseCategories()
    {
        var root = Json("incidents", "--fatal");

        root.GetProperty("count").GetInt32().Should().Be(2);
        root.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("time").GetString()).Should().Contain("22:18");
    }

    [Fact]
    public void DistrictSafety_Json_GivesTheRowsAndATotalsCheckThatHolds()
    {
        var root = Json("district-safety");

        root.GetProperty("records").EnumerateArray().Should().Contain(r => r.GetProperty("area").GetString() == "诸暨市" && r.GetProperty("roadAccidents").GetInt32() == 18);
        root.GetProperty("totalsCheck").EnumerateArray().Should().OnlyContain(c => c.GetProperty("holds").GetBoolean());
    }

    [Fact]
    public void Honours_JsonByRecipient_GivesTheirHonour()
    {
        var root = Json("honours", "--recipient", "展才华");

        root.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("title").GetString()).Should().Contain(t => t!.Contains("全国119消防先进个人"));
    }

    [Fact]
    public void Check_Json_CountsTheRulesAndTheKnownDisagreements()
    {
        var root = Json("check");

        root.GetProperty("rules").GetInt32().Should().Be(118);
        root.GetProperty("failing").GetInt32().Should().Be(11);
        root.GetProperty("allAsExpected").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Export_Json_ListsTheFilesWritten()
    {
        var directory = Path.Combine(Path.GetTempPath(), "yearbook-json-" + Guid.NewGuid().ToString("N"));
        try
        {
            var root = Json("export", "--format", "jsonl", "--out", directory);

            root.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Contain(["meetings.jsonl", "datapackage.json"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Json_BadArguments_StillExitTwoWithTheErrorOnStandardError()
    {
        var (code, output, error) = CliRunner.Run("incidents", "--category", "earthquake", "--json");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ");
    }

    [Fact]
    public void Json_NothingMatches_IsAnEmptyList()
    {
        var root = Json("incidents", "--category", "fire");

        root.GetProperty("count").GetInt32().Should().Be(0);
        root.GetProperty("records").GetArrayLength().Should().Be(0);
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--json"]);
        code.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}
