using Spectre.Console;
using Spectre.Console.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// Keeps columns of ids, kebab-case names, dates and numbers on one line. A narrow terminal then shrinks the columns of
/// free text instead, which wrap between words or Chinese characters, rather than cutting
/// <c>hazardous-chemicals-transport</c> or <c>executive-68-01</c> in the middle of a word. Where even the whole
/// columns alone are wider than the terminal, they wrap after all: a table cut down to an ellipsis says nothing.
/// </summary>
internal static class WholeColumns
{
    /// <summary>Marks the columns at these positions (0-based) as never wrapped.</summary>
    /// <returns>The table, for chaining.</returns>
    public static Table KeepWhole(this Table table, params int[] positions)
    {
        foreach (var position in positions)
        {
            table.Columns[position].NoWrap = true;
        }

        return table;
    }

    /// <summary>Writes a table, letting its whole columns wrap when the console is too narrow for them.</summary>
    public static void WriteFitting(this IAnsiConsole console, Table table)
    {
        var width = console.Profile.Width;
        if (WholeWidth(console, table) > width)
        {
            foreach (var column in table.Columns)
            {
                column.NoWrap = false;
            }
        }

        console.Write(table);
    }

    // The width the table needs with its whole columns at their widest and every other column a few cells wide,
    // borders and padding included. (The table's own minimum is no guide: a Chinese text has no spaces, so its
    // narrowest unbroken width is the whole text, and the table breaks it anyway.)
    private static int WholeWidth(IAnsiConsole console, Table table)
    {
        const int FewCells = 3;
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var needed = table.Columns.Count + 1;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            needed += column.Padding is { } padding ? padding.Left + padding.Right : 2;
            if (!column.NoWrap)
            {
                needed += FewCells;
                continue;
            }

            var widest = column.Header.Measure(options, int.MaxValue).Max;
            foreach (var row in table.Rows)
            {
                widest = Math.Max(widest, row[i].Measure(options, int.MaxValue).Max);
            }

            needed += widest;
        }

        return needed;
    }
}
