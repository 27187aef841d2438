using System.Globalization;
using System.Text.Json;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Spectre.Console.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class MonthChartTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    [Fact]
    public void Write_MeetingDates_DrawsOneBarPerMonthWithTheLibrarysCount()
    {
        var meetings = Yearbook.Default.Meetings;
        var console = new TestConsole();
        console.Profile.Width = 100;

        MonthChart.Write(console, "Meetings per month, 2020", MonthChart.Counts(meetings.Select(m => (DateOnly?)m.Date)), 0);

        var lines = console.Output.Split('\n');
        lines[0].Should().Contain("Meetings per month, 2020");
        for (var month = 1; month <= 12; month++)
        {
            var expected = meetings.InMonth(month).Length.ToString(CultureInfo.InvariantCulture);
            lines.Should().ContainSingle(l => l.StartsWith(Months[month - 1], StringComparison.Ordinal))
                .Which.TrimEnd().Should().EndWith(" " + expected, $"month {month} has {expected} meetings");
        }

        console.Output.Should().Contain($"{meetings.Count} in all.");
    }

    [Fact]
    public void Write_SomeUncounted_SaysHowManyAreNotDrawn()
    {
        var console = new TestConsole();

        MonthChart.Write(console, "x", MonthChart.Counts([new DateOnly(2020, 3, 1), null, new DateOnly(2019, 3, 1)]), 2);

        console.Output.Should().Contain("1 in all; 2 more without a date in 2020 are not drawn.");
    }

    [Fact]
    public void Meetings_ByMonthJson_CountsEqualTheLibrarysInMonth()
    {
        var root = Json("meetings", "--by-month");

        root.GetProperty("kind").GetString().Should().Be("meetings");
        root.GetProperty("count").GetInt32().Should().Be(Yearbook.Default.Meetings.Count);
        root.GetProperty("byMonth").EnumerateArray().Select(m => (m.GetProperty("month").GetInt32(), m.GetProperty("count").GetInt32()))
            .Should().Equal(Enumerable.Range(1, 12).Select(m => (m, Yearbook.Default.Meetings.InMonth(m).Length)));
    }

    [Fact]
    public void Incidents_ByMonthJson_CountsEqualTheLibrarysInMonth()
    {
        var incidents = Yearbook.Default.SafetyIncidents;

        var root = Json("incidents", "--by-month");

        root.GetProperty("kind").GetString().Should().Be("safety-incidents");
        root.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("count").GetInt32())
            .Should().Equal(Enumerable.Range(1, 12).Select(m => incidents.InMonth(m).Length));
        root.GetProperty("uncounted").GetInt32().Should().Be(incidents.Count(i => i.Date is null));
    }

    [Fact]
    public void Incidents_ByMonthFatal_CountsOnlyTheFatalOnes()
    {
        var fatal = Yearbook.Default.SafetyIncidents.Fatal();

        var root = Json("incidents", "--by-month", "--fatal");

        root.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("count").GetInt32())
            .Should().Equal(Enumerable.Range(1, 12).Select(m => fatal.Count(i => i.Date?.Month == m)));
    }

    [Fact]
    public void Meetings_ByMonth_DrawsABarChartInsteadOfTheTable()
    {
        var (code, output, _) = CliRunner.Run("meetings", "--by-month");

        code.Should().Be(0);
        output.Should().Contain("Meetings per month, 2020").And.Contain("█").And.NotContain("Seed lines");
        output.Split('\n').Count(l => Months.Any(m => l.StartsWith(m, StringComparison.Ordinal))).Should().Be(12);
    }

    [Fact]
    public void Meetings_ByMonthWithItemFilter_CountsAgendaItems()
    {
        var items = Yearbook.Default.Meetings.ItemsFromAgency("市应急管理局");

        var root = Json("meetings", "--by-month", "--agency", "市应急管理局");

        root.GetProperty("kind").GetString().Should().Be("agenda-items");
        root.GetProperty("count").GetInt32().Should().Be(items.Length);
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--json"]);
        code.Should().Be(0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
