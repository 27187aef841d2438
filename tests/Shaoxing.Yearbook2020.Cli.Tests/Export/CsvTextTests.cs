using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rlf\r\n", "\"cr\rlf\r\n\"")]
    [InlineData(" leading", "\" leading\"")]
    [InlineData("trailing ", "\"trailing \"")]
    [InlineData("in side", "in side")]
    [InlineData("\tTab", "\tTab")]
    [InlineData("绍兴市人民政府", "绍兴市人民政府")]
    [InlineData("绍兴，“越城区”", "绍兴，“越城区”")]
    [InlineData("《绍兴市物业管理条例》, 2020", "\"《绍兴市物业管理条例》, 2020\"")]
    [InlineData("=1+2", "=1+2")]
    public void WriteRecord_OneField_IsQuotedOnlyWhenItMustBe(string field, string written)
    {
        using var writer = new StringWriter();

        CsvText.WriteRecord(writer, [field]);

        writer.ToString().Should().Be(written + "\r\n");
    }

    [Fact]
    public void WriteRecord_SeveralFields_AreSeparatedByCommasAndEndedByCrLf()
    {
        using var writer = new StringWriter();

        CsvText.WriteRecord(writer, ["key", "", "a \"b\"", "市政府"]);
        CsvText.WriteRecord(writer, []);

        writer.ToString().Should().Be("key,,\"a \"\"b\"\"\",市政府\r\n\r\n");
    }

    [Fact]
    public void Export_Csv_ReadsBackAsTheTablesFields()
    {
        // Every field the export writes parses back (RFC 4180) to the text it came from.
        var tables = DataExporter.Tables(Yearbook.Default);
        using var folder = new TempDirectory();
        using (var hold = ExportFolder.TryTake(folder.Path)!)
        {
            DataExporter.Export(tables, Yearbook.Default.Dataset, [ExportFormat.Csv], hold, CancellationToken.None);
        }

        foreach (var table in tables)
        {
            var records = Parse(File.ReadAllText(Path.Combine(folder.Path, table.Name + ".csv")));
            records.Should().HaveCount(table.Rows.Length + 1, table.Name);
            records[0].Should().Equal(table.Columns.Select(c => c.Name));
        }
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
