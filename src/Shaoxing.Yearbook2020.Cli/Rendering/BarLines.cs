using System.Globalization;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// A horizontal bar chart drawn as plain text lines, <c>label ████ value</c>, at most 100 cells wide and never wider
/// than the terminal; where no bar fits, each line is just <c>label value</c>. Labels are values, never markup.
/// </summary>
/// <remarks>Drawn here rather than by Spectre.Console's bar chart, which does not end at a width of one column.</remarks>
internal static class BarLines
{
    private const int WidestChart = 100;

    /// <summary>Writes the chart to the console's writer, fitting the console's width.</summary>
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<(string Label, int Value)> bars) =>
        Write(console.Profile.Out.Writer, console.Profile.Width, title, bars);

    /// <summary>Writes the title, then one line per bar, in order.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="width">The terminal's width in cells.</param>
    /// <param name="title">What the bars count.</param>
    /// <param name="bars">The bars, each a label and a count (zero or more).</param>
    public static void Write(TextWriter output, int width, string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        var chartWidth = Math.Clamp(width, 1, WidestChart);
        foreach (var line in CellText.Wrap(CellText.Printable(title), chartWidth))
        {
            output.WriteLine(line);
        }

        var labels = bars.Select(b => CellText.Printable(b.Label)).ToList();
        var values = bars.Select(b => b.Value.ToString(CultureInfo.InvariantCulture)).ToList();
        var labelWidth = labels.Select(CellText.Width).DefaultIfEmpty(0).Max();
        var valueWidth = values.Select(v => v.Length).DefaultIfEmpty(0).Max();
        var barRoom = chartWidth - labelWidth - valueWidth - 2;
        var largest = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        for (var i = 0; i < bars.Count; i++)
        {
            var length = barRoom < 1 || largest <= 0 ? 0 : (int)Math.Round((double)barRoom * Math.Max(0, bars[i].Value) / largest);
            var bar = length > 0 ? new string('█', length) + " " : string.Empty;
            if (barRoom < 1)
            {
                foreach (var line in CellText.Wrap(labels[i] + " " + values[i], chartWidth))
                {
                    output.WriteLine(line);
                }

                continue;
            }

            output.WriteLine(CellText.PadTo(labels[i], labelWidth) + " " + bar + values[i]);
        }
    }
}
