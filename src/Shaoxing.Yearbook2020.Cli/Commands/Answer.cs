using Shaoxing.Yearbook2020.Cli.Rendering;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Where and how a command's answer is written: the yearbook it comes from, JSON or tables, the language of the tables.</summary>
/// <param name="yearbook">The yearbook the command answers from (<c>--data</c>).</param>
/// <param name="isJson">Whether the answer is written as JSON (<c>--json</c>).</param>
/// <param name="words">The tables' values in the language asked for (<c>--lang</c>).</param>
/// <param name="output">Where the answer goes.</param>
/// <param name="error">Where errors and warnings go.</param>
internal sealed class Answer(Yearbook yearbook, bool isJson, LocalizedText words, TextWriter output, TextWriter error)
{
    private IAnsiConsole? console;

    /// <summary>The yearbook the command answers from (<c>--data</c>).</summary>
    public Yearbook Yearbook => yearbook;

    /// <summary>Whether the answer is written as JSON (<c>--json</c>).</summary>
    public bool IsJson => isJson;

    /// <summary>The tables' values in the language asked for (<c>--lang</c>).</summary>
    public LocalizedText Words => words;

    /// <summary>Where the answer goes.</summary>
    public TextWriter Output => output;

    /// <summary>Where errors and warnings go.</summary>
    public TextWriter Error => error;

    /// <summary>The console tables are drawn on, as wide as the output.</summary>
    public IAnsiConsole Console => console ??= ConsoleFactory.For(output);

    /// <summary>Whether the output is a terminal (rather than a file or a pipe).</summary>
    public bool IsTerminal => TerminalSize.Of(output).IsTerminal;
}
