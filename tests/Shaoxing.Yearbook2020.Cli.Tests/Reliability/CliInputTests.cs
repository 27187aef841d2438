using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Reliability;

/// <summary>
/// For the command line: every option and argument that takes text or a number gets a
/// missing, empty, whitespace, very long (10,000 characters) and non-Chinese value. Whatever it gets, the
/// CLI answers with exit 0 (a result, possibly "no match") or exit 2 with a message starting <c>error: </c>;
/// never an unhandled exception, never a stack trace. Blank and missing values are always exit 2.
/// </summary>
public sealed class CliInputTests
{
    private const string Missing = "missing";

    /// <summary>The text values every text option gets.</summary>
    private static readonly Dictionary<string, string> TextInputs = new(StringComparer.Ordinal)
    {
        ["empty"] = string.Empty,
        ["space"] = " ",
        ["whitespace"] = "\t\n\u3000 ",
        ["long-ascii"] = string.Concat(Enumerable.Repeat("Kubernetes", 1_000)),
        ["long-cjk"] = new string('龘', 10_000),
        ["kubernetes"] = "Kubernetes",
        ["emoji"] = "🙂",
        ["nul"] = "\u0000",
        ["markup"] = "[red]x[/]",
    };

    /// <summary>The extra values every number option gets.</summary>
    private static readonly Dictionary<string, string> NumberInputs = new(StringComparer.Ordinal)
    {
        ["zero"] = "0",
        ["negative"] = "-1",
        ["huge"] = "99999999999999999999",
        ["min"] = "-2147483648",
        ["fraction"] = "1.5",
        ["exponent"] = "1e3",
    };

    /// <summary>
    /// Each text or number option: how to build the command line around a value (<c>null</c> = the value is
    /// missing), and the exit code a non-blank value that matches nothing must give: 0 for free-text filters
    /// ("no match"), 2 for values that must name something (an agency, a date, a kind), null where both are fine.
    /// </summary>
    private static readonly Dictionary<string, (Func<string?, string, string[]> Args, int? ForeignExit, bool IsNumber)> Options =
        new(StringComparer.Ordinal)
        {
            ["search TEXT"] = ((v, _) => v is null ? ["search"] : ["search", v], 0, false),
            ["search --limit"] = ((v, _) => Option(["search", "槽罐车"], "--limit", v), 2, true),
            ["meetings --month"] = ((v, _) => Option(["meetings"], "--month", v), 2, true),
            ["meetings --date"] = ((v, _) => Option(["meetings"], "--date", v), 2, false),
            ["meetings --from"] = ((v, _) => Option(["meetings"], "--from", v), 2, false),
            ["meetings --to"] = ((v, _) => Option(["meetings"], "--to", v), 2, false),
            ["meetings --kind"] = ((v, _) => Option(["meetings"], "--kind", v), 2, false),
            ["meetings --agency"] = ((v, _) => Option(["meetings"], "--agency", v), 2, false),
            ["meetings --presenter"] = ((v, _) => Option(["meetings"], "--presenter", v), 2, false),
            ["meetings --document"] = ((v, _) => Option(["meetings"], "--document", v), 0, false),
            ["meetings --item-kind"] = ((v, _) => Option(["meetings"], "--item-kind", v), 2, false),
            ["meeting NUMBER"] = ((v, _) => v is null ? ["meeting"] : ["meeting", v], 2, true),
            ["agencies NAME"] = ((v, _) => ["agencies", "--", v!], 2, false),
            ["people NAME"] = ((v, _) => ["people", "--", v!], 2, false),
            ["who TITLE"] = ((v, _) => v is null ? ["who"] : ["who", "--", v, "市应急管理局"], 0, false),
            ["who AGENCY"] = ((v, _) => v is null ? ["who", "局长"] : ["who", "--", "局长", v], 2, false),
            ["who --date"] = ((v, _) => Option(["who", "局长", "市应急管理局"], "--date", v), 2, false),
            ["incidents --district"] = ((v, _) => Option(["incidents"], "--district", v), 0, false),
            ["incidents --category"] = ((v, _) => Option(["incidents"], "--category", v), 2, false),
            ["incidents --month"] = ((v, _) => Option(["incidents"], "--month", v), 2, true),
            ["incidents --from"] = ((v, _) => Option(["incidents"], "--from", v), 2, false),
            ["incidents --to"] = ((v, _) => Option(["incidents"], "--to", v), 2, false),
            ["district-safety --area"] = ((v, _) => Option(["district-safety"], "--area", v), 2, false),
            ["honours --recipient"] = ((v, _) => Option(["honours"], "--recipient", v), 0, false),
            ["honours --level"] = ((v, _) => Option(["honours"], "--level", v), 2, false),
            ["honours --title"] = ((v, _) => Option(["honours"], "--title", v), 0, false),
            ["honours --nominator"] = ((v, _) => Option(["honours"], "--nominator", v), 0, false),
            ["honours --date"] = ((v, _) => Option(["honours"], "--date", v), 2, false),
            ["check --failing"] = ((v, _) => ["check", "--failing", v!], 2, false),
            ["export --format"] = ((v, temp) => Option(["export", "--out", temp], "--format", v), 2, false),

            // A non-blank folder name under a temp folder is a fine place to export to (0); one the file system
            // refuses (NUL, 10,000 characters) is bad input (2).
            ["export --out"] = ((v, temp) => Option(["export", "--format", "csv"], "--out", Under(temp, v)), null, false),

            // The global --data must name an existing folder of data files; any folder made up here does not exist (2).
            ["summary --data"] = ((v, temp) => Option(["summary"], "--data", Under(temp, v)), 2, false),
        };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (option, (_, _, isNumber)) in Options)
        {
            // An optional NAME left out lists everything, and --failing is a flag: for them "missing" is no bad input.
            var canBeMissing = option is not ("agencies NAME" or "people NAME" or "check --failing");
            foreach (var input in TextInputs.Keys.Concat(isNumber ? NumberInputs.Keys : []).Concat(canBeMissing ? [Missing] : []))
            {
                data.Add(option, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Option_BadOrForeignValue_ExitsZeroOrTwo_WithoutAStackTrace(string option, string input)
    {
        using var temp = new TempDirectory();
        var (args, foreignExit, _) = Options[option];
        var value = input == Missing ? null : TextInputs.GetValueOrDefault(input) ?? NumberInputs[input];

        var (code, output, error) = RunCatching(args(value, temp.Path));

        (output + error).Should().NotContainAny(["Exception", "   at "], "no stack trace may reach the user");
        code.Should().BeOneOf([0, 2], "the CLI answers or refuses; error was: {0}", Head(error));
        if (code == 2)
        {
            error.Should().StartWith("error: ");
        }
        else
        {
            error.Should().BeEmpty();
        }

        var blank = input is Missing or "empty" or "space" or "whitespace";
        if (blank || NumberInputs.ContainsKey(input) || input == "nul" && option.StartsWith("export --out", StringComparison.Ordinal))
        {
            code.Should().Be(2, "a missing, blank or out-of-range value is bad input ({0})", Head(error));
        }
        else if (foreignExit is { } expected)
        {
            code.Should().Be(expected, "{0} with a value that matches nothing ({1})", option, Head(error));
        }
    }

    [Fact]
    public void Search_VeryLongQueryThatMatches_RendersTheTable()
    {
        // Spaces inside a query are ignored, so this 10,003-character query finds the tanker entries
        // and the table title carries all of it.
        var query = "槽罐车" + new string(' ', 10_000);

        var (code, output, error) = RunCatching(["search", query]);

        code.Should().Be(0, error);
        output.Should().Contain("entries contain");
    }

    [Fact]
    public void Who_VeryLongTitleThatMatches_RendersTheTable()
    {
        var (code, output, error) = RunCatching(["who", "局长" + new string(' ', 10_000), "市应急管理局"]);

        code.Should().Be(0, error);
        output.Should().Contain("黄立枫");
    }

    [Fact]
    public void Meetings_DocumentOfBracketsAndWhitespace_IsBadInput()
    {
        // 《\t》\t《 is not blank once only its ends are trimmed, but it is once every bracket and space is removed.
        var (code, _, error) = RunCatching(["meetings", "--document", "《\t》\t《"]);

        code.Should().Be(2);
        error.Should().StartWith("error: ");
    }

    private static string[] Option(string[] head, string name, string? value) =>
        value is null ? [.. head, name] : [.. head, name, value];

    /// <summary>A blank value as given; any other value as a folder under the temp folder (so nothing is written elsewhere).</summary>
    private static string? Under(string temp, string? value) =>
        value is null || string.IsNullOrWhiteSpace(value) ? value : Path.Combine(temp, value);

    private static (int Code, string Output, string Error) RunCatching(string[] args)
    {
        try
        {
            return CliRunner.Run(args);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (-1, string.Empty, "unhandled " + ex);
        }
    }

    private static string Head(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
