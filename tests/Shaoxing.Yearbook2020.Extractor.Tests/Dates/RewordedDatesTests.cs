using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Dates;

/// <summary>
/// Entries' dates come out of a copy of the seed whose dates are written in other forms (with and without the year,
/// a part of a month, full-width digits), each found again on its seed line.
/// </summary>
public sealed class RewordedDatesTests
{
    /// <summary>Each rewording: the seed line, the date as printed, and its new form.</summary>
    private static readonly (int Line, string From, string To)[] Rewordings =
    [
        (206, "2020年7月9日,", "2020年3月5日,"),
        (335, "2020 年4月13日,", "3月 5日,"),
        (373, "2020年9月29日,", "3月上旬,"),
        (375, "2020年12月24日,", "２０２０年１２月２４日,"),
    ];

    private static readonly Lazy<(DatasetExtraction Extraction, string[] Lines)> Reworded = new(() =>
    {
        using var seeds = SeedCopies.Reworded(Rewordings);
        var lines = File.ReadAllText(SeedCopies.SeedFileIn(seeds)).Split('\n');
        return (DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path)), lines);
    });

    [Theory]
    [InlineData(206, "2020年3月5日", "2020-03-05", "2020-03-05", DatePrecision.Day, true)]
    [InlineData(335, "3月 5日", "2020-03-05", "2020-03-05", DatePrecision.Day, false)]
    [InlineData(373, "3月上旬", "2020-03-01", "2020-03-10", DatePrecision.TenDays, false)]
    [InlineData(375, "２０２０年１２月２４日", "2020-12-24", "2020-12-24", DatePrecision.Day, true)]
    public void Extract_ADateWrittenAnotherWay_IsTheEntrysFirstDateFoundOnItsLine(
        int line, string printed, string date, string endDate, DatePrecision precision, bool yearPrinted)
    {
        var (extraction, lines) = Reworded.Value;
        var entry = extraction.Chapter.Entries.Single(e => e.Dates.Any(d => d.Line == line));

        var first = entry.Dates[0];
        first.Line.Should().Be(line);
        first.Date.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        first.EndDate.Should().Be(DateOnly.Parse(endDate, System.Globalization.CultureInfo.InvariantCulture));
        first.Precision.Should().Be(precision);
        first.IsYearPrinted.Should().Be(yearPrinted);
        lines[line - 1].Substring(first.Column, first.SeedLength).Should().Be(printed);
        entry.Text.Substring(first.Start, first.Text.Length).Should().Be(first.Text);
    }
}
