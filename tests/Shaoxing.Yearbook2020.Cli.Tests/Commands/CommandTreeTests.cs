using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary>
/// A command line that starts with a command's name is parsed by a tree holding that command alone: it must parse
/// exactly as the whole tree parses it, errors and suggestions included.
/// </summary>
public sealed class CommandTreeTests
{
    // Lines of every shape that starts with a command's name: good ones, bad values, unknown options, another
    // command's name after it, help, and words after a command that takes none.
    private static readonly string[][] CommandLines =
    [
        ["meetings", "--month", "7"],
        ["meetings", "--month", "13"],
        ["meetings", "--mnth", "7"],
        ["meetings", "summary"],
        ["meetings", "--help"],
        ["meetings", "--version"],
        ["meetings", "--json", "--lang", "en", "--data"],
        ["summary", "meetings", "--month", "7"],
        ["meeting"],
        ["meeting", "68", "69"],
        ["who", "局长"],
        ["export", "--format", "xlsx"],
        ["check", "--verbose"],
    ];

    public static TheoryData<string> CommandNames() =>
        [.. CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null).Root.Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void CommandTree_ForOneCommand_HoldsThatCommandAlone(string name)
    {
        var (root, _) = CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null, only: name);

        root.Subcommands.Select(c => c.Name).Should().Equal(name);
    }

    [Fact]
    public void CommandTree_ForTheCommandALineStartsWith_ParsesItAsTheWholeTreeDoes()
    {
        var (whole, _) = CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null);
        foreach (var line in CommandLines)
        {
            var (one, _) = CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null, only: line[0]);

            Parsed(one, line).Should().Equal(Parsed(whole, line), string.Join(' ', line));
        }
    }

    // What a parse found: its command, each token and what it was taken for, what was left over and the errors.
    private static List<string> Parsed(Command root, string[] line)
    {
        var parsed = root.Parse(line);
        return
        [
            $"command {parsed.CommandResult.Command.Name}",
            .. parsed.Tokens.Select(t => $"token {t.Type} {t.Value}"),
            .. parsed.UnmatchedTokens.Select(t => $"unmatched {t}"),
            .. parsed.Errors.Select(e => $"error {e.Message}"),
        ];
    }
}
