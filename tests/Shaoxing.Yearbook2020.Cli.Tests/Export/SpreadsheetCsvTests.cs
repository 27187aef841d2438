using System.Text;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The CSV for spreadsheets (<c>--format csv-excel</c>): a byte-order mark, CRLF, and text cells that would start a formula
/// guarded by an apostrophe; the plain CSV keeps neither the mark nor the guard.
/// </summary>
public sealed class SpreadsheetCsvTests
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("=SUM(A1:A3)", "'=SUM(A1:A3)")]
    [InlineData("+86", "'+86")]
    [InlineData("-28.9", "'-28.9")]
    [InlineData("@cell", "'@cell")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("1+1", "1+1")]
    [InlineData("绍兴市", "绍兴市")]
    [InlineData("", "")]
    public void ForSpreadsheet_TextStartingAFormula_GetsAnApostrophe_OtherTextIsUnchanged(string text, string written)
    {
        CsvText.ForSpreadsheet(text).Should().Be(written);
    }

    [Fact]
    public void Export_CsvExcel_EveryFileBeginsWithAByteOrderMark_AndEndsItsRecordsWithCrLf()
    {
        using var output = new TempDirectory();
        var (code, _, error) = CliRunner.Run("export", "--format", "csv-excel", "--out", output.Path);
        code.Should().Be(0, error);

        var files = Directory.GetFiles(output.Path, "*.csv");
        files.Should().HaveCount(DataExporter.Tables(Yearbook.Default).Length);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            bytes.Take(3).Should().Equal(ByteOrderMark, Path.GetFileName(file));
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            text.Should().EndWith("\r\n");
            text[..text.IndexOf('\n', StringComparison.Ordinal)].Should().EndWith("\r", "the header record ends with CRLF");
        }
    }

    [Fact]
    public void Export_Csv_HasNoByteOrderMark()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "csv", "--out", output.Path).ExitCode.Should().Be(0);

        File.ReadAllBytes(Path.Combine(output.Path, "entries.csv")).Take(3).Should().NotEqual(ByteOrderMark, "pandas would read the mark into the first column's name");
    }

    [Fact]
    public void Export_CsvExcel_GuardsTextCellsThatStartAFormula_ButNotNumbers()
    {
        // 表6 合计 row (line 245): 事故起数 同比 printed −28.9%.
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "csv,csv-excel", "--out", output.Path).ExitCode.Should().Be(0);

        var plain = Row(Path.Combine(output.Path, "csv", "figures.csv"), "t6-total-accidents-change");
        var guarded = Row(Path.Combine(output.Path, "csv-excel", "figures.csv"), "t6-total-accidents-change");

        plain["value"].Should().Be("-28.9");
        guarded["value"].Should().Be("'-28.9", "value is a text column: a spreadsheet would read -28.9 as a number");
        guarded["quote"].Should().Be("'-28.9%");
        guarded["normalizedValue"].Should().Be("-28.9", "a number column holds numbers, which no spreadsheet runs");
        guarded.Where(c => c.Key is not ("value" or "quote")).Should().Equal(plain.Where(c => c.Key is not ("value" or "quote")));
    }

    [Fact]
    public void Export_CsvExcel_DescriptorSaysHowToReadTheGuard()
    {
        using var output = new TempDirectory();
        CliRunner.Run("export", "--format", "csv-excel", "--out", output.Path).ExitCode.Should().Be(0);

        var package = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!;

        package["description"]!.GetValue<string>().Should().Contain("byte-order mark").And.Contain("apostrophe");
        package["resources"]![0]!["path"]!.GetValue<string>().Should().EndWith(".csv");
    }

    // The fields of one row of a CSV file written by the export, by column (no field of figures.csv holds a comma or a quote
    // in the rows read here).
    private static Dictionary<string, string> Row(string file, string key)
    {
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var row = lines.Single(l => l.StartsWith(key + ",", StringComparison.Ordinal)).Split(',');
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
