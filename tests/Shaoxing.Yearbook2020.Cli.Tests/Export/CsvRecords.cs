using System.Text;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// Reads an RFC 4180 CSV file into its records, independently of the library the exporter writes CSV with, so that
/// a test reading an export back does not share the writer's mistakes.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of a CSV file (the header first), each a list of its fields' texts.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The records.</returns>
    public static List<List<string>> Read(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
