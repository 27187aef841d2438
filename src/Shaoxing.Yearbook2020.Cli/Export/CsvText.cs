namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// Writes CSV records (RFC 4180): fields separated by commas, records ended by CRLF, and a field quoted, its
/// quotes doubled, when it holds a comma, a quote, a line break, or starts or ends with a space (a reader
/// that trims would lose the space otherwise). Every other field, Chinese text included, is written as it is.
/// </summary>
internal static class CsvText
{
    /// <summary>What ends every record (RFC 4180), stated in each CSV resource's dialect.</summary>
    public const string RecordEnd = "\r\n";

    // The characters OWASP lists as starting a formula in the common spreadsheets.
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>Writes one record: the fields in order, then the record's end.</summary>
    /// <param name="writer">Where the record goes.</param>
    /// <param name="fields">The fields' texts; an empty text is an empty field.</param>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field);
        }

        writer.Write(RecordEnd);
    }

    /// <summary>Whether a field has to be quoted to read back as the same text.</summary>
    /// <param name="field">The field's text.</param>
    public static bool NeedsQuotes(string field) =>
        field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.AsSpan().IndexOfAny(",\"\r\n") >= 0);

    /// <summary>
    /// A text cell as the spreadsheet variant writes it: a text that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return, which a spreadsheet opening the file would run as a formula (or, for <c>-28.9%</c>, turn into a
    /// number), gets an apostrophe before it, the spreadsheets' own mark of a text cell; any other text is unchanged.
    /// </summary>
    /// <param name="text">A cell of a text column.</param>
    /// <returns>The cell to write.</returns>
    public static string ForSpreadsheet(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static void WriteField(TextWriter writer, string field)
    {
        if (!NeedsQuotes(field))
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
