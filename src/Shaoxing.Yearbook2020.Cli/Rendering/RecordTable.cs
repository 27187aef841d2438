using System.Text;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// A table of records drawn as plain text to fit a width. Its cells are values, never markup, and are drawn through
/// <see cref="CellText.Printable"/>. Whole columns (ids, kebab-case names, dates, numbers, people's names) are never
/// wrapped; other columns wrap between words or after Chinese punctuation, and no id, date or number inside them is
/// split. When even that does not fit the width, every record is written as a block of <c>Header: value</c> lines
/// instead, so that a narrow terminal still shows every value.
/// </summary>
/// <remarks>The layout is computed here rather than by Spectre.Console's table, whose width reduction can loop
/// forever at some narrow widths; the borders are the same square ones.</remarks>
internal sealed class RecordTable
{
    // A wrapped column narrower than this reads as a column of single characters: the blocks read better.
    private const int NarrowestWrappedColumn = 6;

    private readonly string title;
    private readonly List<string> headers = [];
    private readonly HashSet<int> whole = [];
    private readonly List<int> droppable = [];
    private readonly List<string[]> rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <param name="title">The title written above the table (plain text).</param>
    public RecordTable(string title)
    {
        this.title = CellText.Printable(title);
    }

    /// <summary>The rows added so far.</summary>
    public int RowCount => rows.Count;

    /// <summary>Adds columns, in order.</summary>
    /// <returns>The table, for chaining.</returns>
    public RecordTable AddColumns(params string[] columnHeaders)
    {
        headers.AddRange(columnHeaders.Select(CellText.Printable));
        return this;
    }

    /// <summary>Marks the columns at these positions (0-based) as never wrapped.</summary>
    /// <returns>The table, for chaining.</returns>
    public RecordTable KeepWhole(params int[] positions)
    {
        foreach (var position in positions)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, headers.Count);
            whole.Add(position);
        }

        return this;
    }

    /// <summary>Marks the columns at these positions (0-based) as ones the table may leave out, in this order, when it
    /// does not fit the width with them; a line under the table names what was left out.</summary>
    /// <returns>The table, for chaining.</returns>
    public RecordTable DropFirst(params int[] positions)
    {
        foreach (var position in positions)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, headers.Count);
            droppable.Add(position);
        }

        return this;
    }

    /// <summary>Adds a row of values (plain text, or parts that may break apart; null is drawn empty).</summary>
    /// <returns>The table, for chaining.</returns>
    /// <exception cref="ArgumentException">The row has not one value per column.</exception>
    public RecordTable AddRow(params CellValue[] values)
    {
        if (values.Length != headers.Count)
        {
            throw new ArgumentException($"A row of '{title}' has {values.Length} values for {headers.Count} columns.", nameof(values));
        }

        rows.Add([.. values.Select(v => v.Text ?? string.Empty)]);
        return this;
    }

    /// <summary>Writes the table to the console's writer, fitting the console's width.</summary>
    public void Write(IAnsiConsole console) => Write(console.Profile.Out.Writer, console.Profile.Width);

    /// <summary>Writes the table, or one block per record where the table cannot fit.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="width">The width in terminal cells that no line exceeds (save a lone value wider than it).</param>
    public void Write(TextWriter output, int width)
    {
        width = Math.Max(width, 1);
        var shown = Enumerable.Range(0, headers.Count).ToList();
        var left = new List<int>();
        foreach (var dropped in droppable.Prepend(-1))
        {
            if (dropped >= 0)
            {
                shown.Remove(dropped);
                left.Add(dropped);
            }

            if (ColumnWidths(shown, width) is { } widths)
            {
                WriteTable(output, shown, widths, width);
                if (left.Count > 0)
                {
                    var names = string.Join(", ", left.Order().Select(d => headers[d]));
                    foreach (var line in CellText.Wrap($"Not shown at this width: {names} (a wider terminal or --json shows them).", width))
                    {
                        output.WriteLine(line);
                    }
                }

                return;
            }
        }

        WriteBlocks(output, width);
    }

    // The width of every column, or null when the table cannot fit: every whole column at its widest value, every
    // other column at least as wide as its widest unbreakable piece, and the room left shared out among the wrapped
    // columns.
    private int[]? ColumnWidths(List<int> shown, int width)
    {
        var count = shown.Count;
        var borders = (3 * count) + 1;
        var natural = new int[count];
        var least = new int[count];
        for (var i = 0; i < count; i++)
        {
            var column = shown[i];
            var cells = rows.Select(r => r[column]).Append(headers[column]).ToList();
            natural[i] = Math.Max(1, cells.Max(CellText.Width));
            least[i] = whole.Contains(column)
                ? natural[i]
                : Math.Min(natural[i], Math.Max(NarrowestWrappedColumn, cells.Max(CellText.WidestUnbreakable)));
        }

        var room = width - borders - least.Sum();
        if (room < 0)
        {
            return null;
        }

        // Shared out like water poured over the columns: a column that wants less than an even share gets what it
        // wants, and the rest is split evenly among the columns that want more, so that neither a long text nor a
        // short column starves the others.
        var widths = (int[])least.Clone();
        var wanting = Enumerable.Range(0, count).Where(i => natural[i] > least[i]).ToList();
        while (room > 0 && wanting.Count > 0)
        {
            var share = room / wanting.Count;
            var satisfied = wanting.Where(i => natural[i] - widths[i] <= share).ToList();
            if (satisfied.Count == 0)
            {
                foreach (var i in wanting)
                {
                    widths[i] += share;
                }

                room -= share * wanting.Count;
                foreach (var i in wanting.OrderByDescending(i => natural[i] - widths[i]).Take(room))
                {
                    widths[i]++;
                }

                break;
            }

            foreach (var i in satisfied)
            {
                room -= natural[i] - widths[i];
                widths[i] = natural[i];
                wanting.Remove(i);
            }
        }

        return widths;
    }

    private void WriteTable(TextWriter output, List<int> shown, int[] widths, int width)
    {
        // The title is centred over the table, or wraps to the whole width when it is wider than the table.
        var tableWidth = widths.Sum() + (3 * widths.Length) + 1;
        foreach (var line in CellText.Wrap(title, width))
        {
            var pad = Math.Max(0, (tableWidth - CellText.Width(line)) / 2);
            output.WriteLine((new string(' ', pad) + line).TrimEnd());
        }

        output.WriteLine(Border('┌', '┬', '┐', widths));
        WriteRow(output, [.. shown.Select(i => headers[i])], widths);
        output.WriteLine(Border('├', '┼', '┤', widths));
        foreach (var row in rows)
        {
            WriteRow(output, [.. shown.Select(i => row[i])], widths);
        }

        output.WriteLine(Border('└', '┴', '┘', widths));
    }

    private static string Border(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle, widths.Select(w => new string('─', w + 2))) + right;

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths)
    {
        var wrapped = cells.Select((cell, i) => CellText.Wrap(cell, widths[i])).ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var lineIndex = 0; lineIndex < height; lineIndex++)
        {
            var line = new StringBuilder("│");
            for (var i = 0; i < widths.Length; i++)
            {
                var text = lineIndex < wrapped[i].Count ? wrapped[i][lineIndex] : string.Empty;
                line.Append(' ').Append(CellText.PadTo(text, widths[i])).Append(" │");
            }

            output.WriteLine(line.ToString());
        }
    }

    // One block per record: "Header: value", the value on the lines below its header when the two do not fit one
    // line; a blank line between records. Empty values are left out.
    private void WriteBlocks(TextWriter output, int width)
    {
        foreach (var line in CellText.Wrap(title, width))
        {
            output.WriteLine(line);
        }

        foreach (var row in rows)
        {
            output.WriteLine();
            for (var i = 0; i < headers.Count; i++)
            {
                if (row[i].Length == 0)
                {
                    continue;
                }

                var label = headers[i] + ": ";
                var labelWidth = CellText.Width(label);
                var valueWidth = width - labelWidth;
                if (valueWidth >= Math.Max(NarrowestWrappedColumn, CellText.WidestUnbreakable(row[i])) || CellText.Width(row[i]) <= valueWidth)
                {
                    var lines = CellText.Wrap(row[i], valueWidth);
                    output.WriteLine(label + lines[0]);
                    foreach (var more in lines.Skip(1))
                    {
                        output.WriteLine(new string(' ', labelWidth) + more);
                    }

                    continue;
                }

                foreach (var line in CellText.Wrap(headers[i] + ":", width))
                {
                    output.WriteLine(line);
                }

                foreach (var line in CellText.Wrap(row[i], width))
                {
                    output.WriteLine(line);
                }
            }
        }
    }
}
