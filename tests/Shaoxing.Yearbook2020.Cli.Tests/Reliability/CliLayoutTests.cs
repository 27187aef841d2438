using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Tests.Reliability;

/// <summary>
/// Every command drawn at every terminal width: it ends, every record stays visible (as a table, or as one block per
/// record where no table fits), and no id, date or number is split across lines at the widths people use. Values from
/// the data are drawn as text: never as markup, never as raw control, bidi or zero-width characters.
/// </summary>
public sealed partial class CliLayoutTests
{
    // Far more than a command takes (milliseconds); a run past it is a hang.
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string[]> Listings() => new(
    [
        ["summary"],
        ["search", "爆燃"],
        ["search", "安全生产", "--every", "--limit", "20"],
        ["meetings"],
        ["meetings", "--item-kind", "drafting"],
        ["meeting", "82"],
        ["agencies"],
        ["agencies", "市应急管理局"],
        ["people"],
        ["who", "局长", "市应急管理局"],
        ["incidents"],
        ["incidents", "--fatal"],
        ["district-safety"],
        ["honours", "--limit", "97"],
        ["about", "柯桥区"],
        ["timeline", "--month", "8"],
        ["timeline"],
        ["meetings", "--by-month"],
        ["incidents", "--by-month"],
        ["district-safety", "--chart", "accidents"],
        ["check"],
    ]);

    [Theory]
    [MemberData(nameof(Listings))]
    public void Command_EveryWidthFromOneTo300_EndsAndShowsEveryRecord(params string[] args)
    {
        var wide = Run(1000, args);
        wide.ExitCode.Should().Be(0, wide.Error);
        var ids = RecordIds().Matches(wide.Output).Select(m => m.Value).Distinct().ToList();

        for (var width = 1; width <= 300; width++)
        {
            var (code, output, error) = Run(width, args);

            code.Should().Be(wide.ExitCode, $"at {width} columns: {error}");
            output.Trim().Trim('…').Should().NotBeEmpty($"at {width} columns");
            output.Split('\n').Should().OnlyContain(line => CellText.Width(line.TrimEnd('\r')) <= Math.Max(width, 2), $"at {width} columns no line is wider than the terminal");
            if (width >= 40)
            {
                // Every record's id is still there, whole (a narrower terminal cannot hold the longest ids on a line).
                RecordIds().Matches(output).Select(m => m.Value).Distinct().Should().BeEquivalentTo(ids, o => o.WithoutStrictOrdering(), $"at {width} columns");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Command_TerminalWidthsPeopleUse_NeverSplitsAnIdDateOrNumber(params string[] args)
    {
        var words = Words(Run(1000, args).Output).Concat(Words(NotShownNote)).ToHashSet(StringComparer.Ordinal);

        foreach (var width in new[] { 80, 100, 120 })
        {
            var output = Run(width, args).Output;

            Words(output).Should().OnlyContain(w => words.Contains(w), $"at {width} columns a word that is not in the wide output is a piece of a split one");
        }
    }

    [Fact]
    public void Meeting_EightyColumns_KeepsEveryPresentersNameWhole()
    {
        var output = Run(80, "meeting", "82").Output;

        output.Should().Contain("黄立枫").And.Contain("裘凯音").And.Contain("赵建国").And.Contain("王宏达");
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[/]")]
    [InlineData("[blink red on white]SPOOF[/]")]
    public void Listings_MarkupInTheData_IsDrawnAsText(string markup)
    {
        using var data = EditedData.With("safety-incidents.json", incidents =>
        {
            incidents[0]!["name"] = markup;
            incidents[0]!["district"] = markup;
        });

        foreach (var args in new[] { ["incidents"], ["search", "爆燃"], ["timeline"], new[] { "about", "柯桥区" } })
        {
            var (code, output, error) = Run(160, [.. args, "--data", data.Path]);

            code.Should().Be(0, $"{args[0]}: {error}");
            (output + error).Should().NotContainAny(["Exception", "   at "]);
        }

        Run(1000, "incidents", "--data", data.Path).Output.Should().Contain(markup);
    }

    [Theory]
    [InlineData("agencies.json", "id")]
    [InlineData("people.json", "id")]
    [InlineData("safety-incidents.json", "id")]
    [InlineData("honours.json", "id")]
    public void Listings_IdThatIsMarkup_IsDrawnAsText(string file, string field)
    {
        using var data = EditedData.With(file, records => records[^1]![field] = "[/]");

        foreach (var command in new[] { "summary", "incidents", "honours", "meetings", "people", "agencies", "search" })
        {
            string[] args = command == "search" ? [command, "爆燃"] : [command];
            var (code, output, error) = Run(160, [.. args, "--data", data.Path]);

            (output + error).Should().NotContainAny(["Exception", "   at "], $"{command} with an id of [/] in {file}");
            code.Should().BeOneOf([0, 1], $"{command}: {error}");
        }
    }

    [Theory]
    [InlineData("\u202E", "\\u202E")]
    [InlineData("\u200B", "\\u200B")]
    [InlineData("\u001B[31m", "\\u001B")]
    [InlineData("\n", "\\u000A")]
    public void Listings_InvisibleOrControlCharacterInTheData_IsDrawnEscaped(string character, string escaped)
    {
        using var data = EditedData.With("safety-incidents.json", incidents => incidents[0]!["name"] = "A" + character + "B");

        foreach (var width in new[] { 160, 20 })
        {
            var output = Run(width, "incidents", "--data", data.Path).Output;

            output.Should().Contain("A" + escaped).And.NotContain("A" + character);
        }
    }

    [Fact]
    public void RecordTable_NoTableFits_WritesOneBlockPerRecord()
    {
        var table = new RecordTable("2 things").AddColumns("Id", "Text").KeepWhole(0)
            .AddRow("thing-0001", "第一").AddRow("thing-0002", "第二");
        using var output = new StringWriter();

        table.Write(output, 15);

        output.ToString().Replace("\r", string.Empty, StringComparison.Ordinal).Should().Be("2 things\n\nId: thing-0001\nText: 第一\n\nId: thing-0002\nText: 第二\n");
    }

    [Fact]
    public void RecordTable_DroppableColumnsAndTooNarrow_LeavesThemOutAndSaysSo()
    {
        var table = new RecordTable("t").AddColumns("Id", "Note", "Lines").KeepWhole(0, 2).DropFirst(2)
            .AddRow("thing-0001", "note", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12");
        using var output = new StringWriter();

        table.Write(output, 30);

        output.ToString().Should().Contain("│ thing-0001 │ note").And.Contain("Not shown at this width: Lines").And.NotContain("11, 12");
    }

    private const string NotShownNote = "Not shown at this width: (a wider terminal or --json shows them).";

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    private static (int ExitCode, string Output, string Error) Run(int width, params string[] args)
    {
        var run = Task.Run(() =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = CliApp.Run(args, output, error, new TerminalSize(width, IsTerminal: true));
            return (code, output.ToString(), error.ToString());
        });
        run.Wait(RunLimit).Should().BeTrue($"'{string.Join(' ', args)}' at {width} columns ends within {RunLimit}");
        return run.Result;
    }

    // The ids of records as commands print them: incident-02, honour-097, executive-82-03, s5-e14, caption-4 ….
    [GeneratedRegex(@"\b(?:incident|honour|executive|plenary|caption|table|figure|rule)-\d+(?:-\d+)?\b|\bs\d+-e\d+\b")]
    private static partial Regex RecordIds();

    // Runs of Latin letters, digits and the characters inside ids, dates and times, as a terminal shows them.
    [GeneratedRegex(@"[A-Za-z0-9](?:[A-Za-z0-9:.\-]*[A-Za-z0-9])?")]
    private static partial Regex Word();
}
