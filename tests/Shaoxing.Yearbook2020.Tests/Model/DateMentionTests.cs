using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class DateMentionTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    // Read from the seed: the seed line, the date as the seed prints it (OCR spaces kept), which of the entry's dates it is.
    [InlineData(160, "2020 年 4 月 26 日", 0, "2020-04-26", "2020-04-26", DatePrecision.Day, true)] // 【印发《2020年绍兴市政府数字化转型工作要点》】
    [InlineData(333, "2020年3月25日至4月15日", 0, "2020-03-25", "2020-04-15", DatePrecision.Day, true)] // 【护航复工复产安全生产攻坚行动】
    [InlineData(164, "2020年5月至10月", 0, "2020-05-01", "2020-10-31", DatePrecision.Month, true)] // 【绍兴市第二届创新数据应用大赛】
    [InlineData(299, "7月 27日至 8月 26日", 0, "2020-07-27", "2020-08-26", DatePrecision.Day, false)] // 【高温旱情】
    [InlineData(212, "10 月 17 日", 0, "2020-10-17", "2020-10-17", DatePrecision.Day, false)] // 退役士兵返乡欢迎仪式
    public void Entry_ADateItsTextNames_IsReadWithItsSeedSpan(
        int line, string printed, int nth, string date, string endDate, DatePrecision precision, bool yearPrinted)
    {
        var mention = Data.Entries.SelectMany(e => e.Dates).Where(d => d.Line == line).ElementAt(nth);

        Yearbook.SeedLines[line - 1].Substring(mention.Column, mention.SeedLength).Should().Be(printed);
        mention.Text.Should().Be(printed.Replace(" ", string.Empty, StringComparison.Ordinal));
        mention.Date.Should().Be(DateOnly.Parse(date, CultureInfo.InvariantCulture));
        mention.EndDate.Should().Be(DateOnly.Parse(endDate, CultureInfo.InvariantCulture));
        mention.Precision.Should().Be(precision);
        mention.IsYearPrinted.Should().Be(yearPrinted);
    }

    [Fact]
    public void Entry_OpeningWithADay_HasItAsItsFirstDate()
    {
        // Line 333: 【护航复工复产安全生产攻坚行动】 2020年3月25日至4月15日,…
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");

        entry.Dates[0].Date.Should().Be(new DateOnly(2020, 3, 25));
        entry.Dates.Select(d => d.Start).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData(216, "2020年10月17日", "2020-10-17", DatePrecision.Day)] // 退役士兵欢迎仪式暨就业专场招聘会
    [InlineData(413, "2020年11月", "2020-11-01", DatePrecision.Month)] // 119消防宣传月活动启动仪式
    public void Caption_ADateItsTextNames_IsReadWithItsSeedSpan(int line, string printed, string date, DatePrecision precision)
    {
        var mention = Data.Captions.Single(c => c.Source.Line == line).Dates.Should().ContainSingle().Subject;

        Yearbook.SeedLines[line - 1].Substring(mention.Column, mention.SeedLength).Should().Be(printed);
        mention.Date.Should().Be(DateOnly.Parse(date, CultureInfo.InvariantCulture));
        mention.Precision.Should().Be(precision);
    }

    [Fact]
    public void EveryDate_IsPrintedInTheSeedAtItsSpan_AndIsTheRecordsTextAtItsStart()
    {
        var mentions = Data.Entries.SelectMany(e => e.Dates.Select(d => (d, e.Text)))
            .Concat(Data.Captions.SelectMany(c => c.Dates.Select(d => (d, c.Text))))
            .ToList();

        mentions.Should().HaveCountGreaterThan(60);
        foreach (var (mention, text) in mentions)
        {
            var seed = Yearbook.SeedLines[mention.Line - 1].Substring(mention.Column, mention.SeedLength);
            string.Concat(seed.Where(c => !char.IsWhiteSpace(c))).Should().Be(mention.Text, "line {0} column {1}", mention.Line, mention.Column);
            text.Substring(mention.Start, mention.Text.Length).Should().Be(mention.Text);
            mention.EndDate.Should().BeOnOrAfter(mention.Date);
        }
    }

    [Fact]
    public void Tables_CoverTheYearTheirTitleStatesElseTheChaptersYear()
    {
        // 表6 绍兴市各地生产安全事故统计情况表 (line 240) states no period; 表7 2020绍兴最美应急人一览表 (line 341) states 2020.
        var table6 = Data.Tables.Single(t => t.Number == 6);
        var table7 = Data.Tables.Single(t => t.Number == 7);

        (table6.PeriodStart, table6.PeriodEnd, table6.PeriodText).Should().Be((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), null));
        (table7.PeriodStart, table7.PeriodEnd, table7.PeriodText).Should().Be((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), "2020"));
    }
}
