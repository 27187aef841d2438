using System.Text;

namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>
/// Writes the reports the generator puts beside the data (unread sentences, untranslated texts, uncurated records):
/// tab-separated, a header line, then one row a line, <c>\n</c> line ends, UTF-8. A cell's own tab, line break or
/// backslash is written as <c>\t</c>, <c>\n</c> or <c>\\</c>, so that a text from the seed never splits its row.
/// </summary>
public static class TsvReport
{
    /// <summary>Writes a report.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="rows">The rows, each with as many cells as the header.</param>
    /// <returns>The report's UTF-8 bytes.</returns>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Append(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"a row has {row.Count} cells where the header has {header.Count}.", nameof(rows));
            }

            Append(text, row);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Append(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\t');
            }

            text.Append(cells[i]
                .Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("\t", "\\t", StringComparison.Ordinal)
                .Replace("\r", "\\r", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal));
        }

        text.Append('\n');
    }
}
