using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>Lines of prose (messages, totals, notes under a table) written to fit the terminal, as text, never markup.</summary>
/// <remarks>Written here rather than by Spectre.Console's text, whose wrapping does not end when a wide character is
/// wider than the whole line.</remarks>
internal static class WrappedText
{
    /// <summary>Writes the text, broken into lines no wider than the console (see <see cref="CellText.Wrap"/>).</summary>
    public static void WriteWrapped(this IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        foreach (var line in CellText.Wrap(CellText.Printable(text), console.Profile.Width))
        {
            writer.WriteLine(line);
        }
    }
}
