using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>Makes Spectre.Console consoles that write plain text (no colour, no ANSI codes) to a writer,
/// wide enough that tables of Chinese text do not wrap.</summary>
internal static class ConsoleFactory
{
    private const int Width = 160;

    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Width;
        return console;
    }
}
