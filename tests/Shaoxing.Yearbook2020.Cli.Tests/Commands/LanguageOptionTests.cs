using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary><c>--lang en</c> and <c>YEARBOOK2020_LANG</c>: a reader without Chinese reads every command's tables.</summary>
public sealed class LanguageOptionTests
{
    // The arguments each command needs to answer with a table; a command added without an entry here fails the test
    // that walks the command tree, rather than being skipped.
    private static readonly Dictionary<string, string[]> SampleArguments = new(StringComparer.Ordinal)
    {
        ["summary"] = [],
        ["search"] = ["台风"],
        ["export"] = ["--format", "csv", "--force"],
        ["meetings"] = [],
        ["meeting"] = ["68"],
        ["agencies"] = ["市应急管理局"],
        ["people"] = ["盛阅春"],
        ["who"] = ["局长", "市交通运输局"],
        ["incidents"] = [],
        ["district-safety"] = [],
        ["honours"] = ["--limit", "200"],
        ["about"] = ["盛阅春"],
        ["timeline"] = [],
        ["check"] = [],
    };

    [Fact]
    public void EveryCommand_InEnglish_LeavesNoChineseInItsTitlesHeadersOrPropertyNames()
    {
        var (root, _) = CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null);
        var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        commands.Should().NotBeEmpty();
        commands.Should().BeSubsetOf(SampleArguments.Keys, "every command needs sample arguments here");

        using var folder = new TempDirectory();
        var problems = new List<string>();
        foreach (var name in commands)
        {
            string[] args = [name, .. SampleArguments[name], "--lang", "en"];
            if (name == "export")
            {
                args = [.. args, "--out", folder.Path];
            }

            var (code, output, error) = Run(args, _ => null);
            code.Should().BeOneOf([0, 1], $"{string.Join(' ', args)} answers: {error}");
            problems.AddRange(ChineseInTitlesAndHeaders(output).Where(line => line.Length > 0).Select(line => $"{name}: {line}"));
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("summary", "Emergency Management", "General Office of Shaoxing Municipal People's Government")]
    [InlineData("search 台风防御", "Typhoon Defense", "Emergency Management")]
    [InlineData("meetings", "executive-68", "Land Administration Law")]
    [InlineData("meetings --presenter 金辉", "Jin Hui (Director of the Shaoxing Municipal Development and Reform Commission)", "drafting")]
    [InlineData("meeting 68", "the 68th Executive Meeting of the 8th Municipal Government", "Sheng Yuechun (Mayor)")]
    [InlineData("agencies", "Shaoxing Municipal Emergency Management Bureau", "Chinese name")]
    [InlineData("agencies 市应急管理局", "Position in Overview of the Municipal Government's Bodies", "Huang Lifeng")]
    [InlineData("people 盛阅春", "Sheng Yuechun", "Mayor")]
    [InlineData("who 局长 市交通运输局", "Director of Shaoxing Municipal Transport Bureau", "Zhang Yongming")]
    [InlineData("incidents", "Typhoon Hagupit (No. 4)", "Keqiao District")]
    [InlineData("district-safety", "Statistics of Work Safety Accidents in Shaoxing by Area", "Yuecheng District")]
    [InlineData("honours --limit 200", "Overall Economic Strength of Cities", "31st nationally")]
    [InlineData("about 盛阅春", "Sheng Yuechun (person-01)", "executive meeting 68")]
    [InlineData("timeline --kind captions", "welcome ceremony for discharged soldiers", "caption")]
    [InlineData("check", "consistency rules", "holds")]
    public void Command_InEnglish_ShowsTheEnglishOfTheRecords(string command, string first, string second)
    {
        var (code, output, error) = Run([.. command.Split(' '), "--lang", "en"], _ => null);

        code.Should().BeOneOf([0, 1], error);
        output.Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void Default_StaysChinese_WithEnglishHeaders()
    {
        var (code, output, error) = Run(["meeting", "68"], _ => null);

        code.Should().Be(0, error);
        output.Should().Contain("八届市政府第68次常务会议").And.Contain("盛阅春").And.Contain("Property").And.NotContain("Sheng Yuechun");
    }

    [Fact]
    public void EnvironmentVariable_ChoosesEnglish_AndTheOptionWins()
    {
        var english = Run(["meeting", "68"], Variable("en"));
        var chinese = Run(["meeting", "68", "--lang", "zh"], Variable("en"));

        english.Output.Should().Contain("Sheng Yuechun (Mayor)").And.NotContain("盛阅春");
        chinese.Output.Should().Contain("盛阅春").And.NotContain("Sheng Yuechun");
        Run(["meeting", "68", "--lang", "en"], Variable("bad")).Output.Should().Be(english.Output, "a bad variable is not read when the option is given");
    }

    [Fact]
    public void BadOptionValue_ExitsWithBadArguments_AndSaysWhatIsAllowed()
    {
        var (code, output, error) = Run(["summary", "--lang", "fr"], _ => null);

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().BeEmpty();
        error.Should().StartWith("error: --lang is zh or en, not 'fr'.");
    }

    [Fact]
    public void BadVariableValue_ExitsWithBadArguments_NamingTheVariable()
    {
        var (code, output, error) = Run(["summary"], Variable("english"));

        code.Should().Be(ExitCodes.BadArguments);
        output.Should().BeEmpty();
        error.Should().StartWith("error: YEARBOOK2020_LANG is zh or en, not 'english'");
    }

    [Fact]
    public void Json_CarriesBothLanguages_WhateverTheLanguage()
    {
        var chinese = Run(["meeting", "68", "--json"], _ => null).Output;
        var english = Run(["meeting", "68", "--json", "--lang", "en"], _ => null).Output;

        english.Should().Be(chinese);
        chinese.Should().Contain("\"subject\":").And.Contain("\"englishSubject\": \"").And.Contain("\"englishDocuments\": [").And.Contain("\"englishRole\": \"Mayor\"");
    }

    [Theory]
    [InlineData("timeline --kind captions --json", "\"englishLabel\": \"October 17, 2020: welcome ceremony for discharged soldiers and dedicated job fair\"")]
    [InlineData("about 盛阅春 --json", "\"englishLabel\": \"executive meeting 68\"")]
    [InlineData("search 台风防御 --json", "\"englishHeading\": \"Typhoon Defense\"")]
    [InlineData("who 局长 市交通运输局 --json", "\"englishAgency\": \"Shaoxing Municipal Transport Bureau\"")]
    [InlineData("summary --json", "\"englishTitle\": \"Emergency Management\"")]
    public void CommandsOwnJson_CarriesTheEnglishBesideTheChinese(string command, string english)
    {
        var (code, output, error) = Run(command.Split(' '), _ => null);

        code.Should().Be(0, error);
        output.Should().Contain(english);
    }

    private static Func<string, string?> Variable(string value) =>
        name => name == "YEARBOOK2020_LANG" ? value : null;

    private static (int Code, string Output, string Error) Run(string[] args, Func<string, string?> environment)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, new TerminalSize(1000, IsTerminal: false), environment);
        return (code, output.ToString(), error.ToString());
    }

    // A table's title is the text above its top border, its headers the row below it; a Property/Value table's
    // property names are its first column.
    private static IEnumerable<string> ChineseInTitlesAndHeaders(string output)
    {
        var lines = output.Split('\n');
        var propertyTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('┌'))
            {
                if (i > 0 && !lines[i - 1].StartsWith('└'))
                {
                    yield return Flag(lines[i - 1]);
                }

                if (i + 1 < lines.Length)
                {
                    yield return Flag(lines[i + 1]);
                    propertyTable = lines[i + 1].TrimStart('│', ' ').StartsWith("Property ", StringComparison.Ordinal);
                }
            }
            else if (propertyTable && line.StartsWith('│') && i > 0 && !lines[i - 1].StartsWith('┌'))
            {
                yield return Flag(line.Split('│')[1]);
            }
            else if (line.StartsWith('└'))
            {
                propertyTable = false;
            }
        }

        static string Flag(string text) => text.Any(c => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF') ? text.Trim() : string.Empty;
    }
}
