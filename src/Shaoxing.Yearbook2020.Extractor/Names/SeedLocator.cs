using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>Finds where a name is printed in a range of seed lines, the OCR spaces and line ends between its characters
/// skipped.</summary>
internal sealed class SeedLocator
{
    // The seed's characters without whitespace, with the line and column each stands at; built once.
    private readonly string compact;
    private readonly int[] lineOf;
    private readonly int[] columnOf;
    private readonly int[] lineStart;
    private readonly Dictionary<string, List<int>> printings = new(StringComparer.Ordinal);

    public SeedLocator(SeedDocument seed)
    {
        var text = new System.Text.StringBuilder();
        var lines = new List<int>();
        var columns = new List<int>();
        lineStart = new int[seed.LineCount + 2];
        for (var line = 1; line <= seed.LineCount; line++)
        {
            lineStart[line] = text.Length;
            var raw = seed.Lines[line - 1];
            for (var column = 0; column < raw.Length; column++)
            {
                if (!char.IsWhiteSpace(raw[column]))
                {
                    text.Append(raw[column]);
                    lines.Add(line);
                    columns.Add(column);
                }
            }
        }

        lineStart[seed.LineCount + 1] = text.Length;
        compact = text.ToString();
        lineOf = [.. lines];
        columnOf = [.. columns];
    }

    /// <summary>The seed span and column of the <paramref name="skip"/>-th printing (0-based) of a name that starts in lines
    /// <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <returns>The lines the name is printed on and its column on the first, or null where the lines do not print it so
    /// many times (a repaired OCR error).</returns>
    public (int Line, int EndLine, int Column)? Find(string name, int first, int last, int skip)
    {
        var from = lineStart[Math.Clamp(first, 1, lineStart.Length - 1)];
        var to = lineStart[Math.Clamp(last + 1, 1, lineStart.Length - 1)];
        var seen = 0;
        foreach (var at in PrintingsOf(name))
        {
            if (at >= to)
            {
                break;
            }

            if (at >= from && seen++ == skip)
            {
                return At(at, name.Length);
            }
        }

        return null;
    }

    /// <summary>The span of a name found in a record's text: where the record's lines print it; else, for a text the record
    /// takes from elsewhere (a table's title given to each of its rows), the printing nearest to those lines; else
    /// <paramref name="fallback"/> without a column (a repaired OCR error).</summary>
    public (SourceSpan Source, int? Column) Locate(string name, SourceSpan fallback, int skip, string? entryId)
    {
        if (Find(name, fallback.Line, fallback.EndLine, skip) is var (line, endLine, column))
        {
            return (new SourceSpan { Line = line, EndLine = endLine, EntryId = entryId }, column);
        }

        var all = PrintingsOf(name);
        if (all.Count == 0)
        {
            return (fallback with { EntryId = entryId }, null);
        }

        var nearest = all.MinBy(at => Math.Abs(lineOf[at] - fallback.Line));
        var (l, e, c) = At(nearest, name.Length);
        return (new SourceSpan { Line = l, EndLine = e, EntryId = entryId }, c);
    }

    private (int Line, int EndLine, int Column) At(int at, int length) => (lineOf[at], lineOf[at + length - 1], columnOf[at]);

    private List<int> PrintingsOf(string name)
    {
        if (!printings.TryGetValue(name, out var found))
        {
            found = [];
            for (var at = compact.IndexOf(name, StringComparison.Ordinal); at >= 0 && name.Length > 0; at = compact.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                found.Add(at);
            }

            printings[name] = found;
        }

        return found;
    }
}
