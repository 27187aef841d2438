using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>Makes Spectre.Console consoles that write plain text (no colour, no ANSI codes) to a writer,
/// as wide as the writer's <see cref="TerminalSize"/> (<see cref="TerminalSize.RedirectedWidth"/> for any other writer).</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = TerminalSize.Of(writer).Width;
        return console;
    }
}
