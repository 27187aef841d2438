using Shaoxing.Yearbook2020.Extractor.Dates;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Dates;

public sealed class DateMentionReaderTests
{
    [Theory]
    [InlineData("2020年3月5日,市政府召开专题会议。", "2020年3月5日", "2020-03-05", "2020-03-05", DatePrecision.Day, true)]
    [InlineData("3月5日,市应急管理局组织开展演练。", "3月5日", "2020-03-05", "2020-03-05", DatePrecision.Day, false)]
    [InlineData("3月上旬,全市开展森林防火专项检查。", "3月上旬", "2020-03-01", "2020-03-10", DatePrecision.TenDays, false)]
    [InlineData("2月下旬,复工复产全面推开。", "2月下旬", "2020-02-21", "2020-02-29", DatePrecision.TenDays, false)] // 2020 is a leap year
    [InlineData("１１月２０日,举行颁奖仪式。", "１１月２０日", "2020-11-20", "2020-11-20", DatePrecision.Day, false)] // full-width digits
    [InlineData("8月11日至12日,绍兴市首届社会应急力量技能竞赛举行。", "8月11日至12日", "2020-08-11", "2020-08-12", DatePrecision.Day, false)]
    [InlineData("会议于5月13—14日举行。", "5月13—14日", "2020-05-13", "2020-05-14", DatePrecision.Day, false)]
    [InlineData("5月31日至6月1日开展集中巡查。", "5月31日至6月1日", "2020-05-31", "2020-06-01", DatePrecision.Day, false)]
    [InlineData("安委会在6月至7月启动首轮安全生产巡查,", "6月至7月", "2020-06-01", "2020-07-31", DatePrecision.Month, false)]
    [InlineData("2020年5月至10月,举办创新数据应用大赛。", "2020年5月至10月", "2020-05-01", "2020-10-31", DatePrecision.Month, true)]
    [InlineData("1—10月,全市发生火灾796起。", "1—10月", "2020-01-01", "2020-10-31", DatePrecision.Month, false)]
    [InlineData("2020年11月,消防宣传月活动启动。", "2020年11月", "2020-11-01", "2020-11-30", DatePrecision.Month, true)]
    [InlineData("2019年12月20日,市政府印发实施意见。", "2019年12月20日", "2019-12-20", "2019-12-20", DatePrecision.Day, true)]
    public void Read_AFamilyOfDates_GivesItsDays(string text, string printed, string date, string endDate, DatePrecision precision, bool yearPrinted)
    {
        var read = DateMentionReader.Read(text, _ => 1).Should().ContainSingle().Subject;

        read.Text.Should().Be(printed);
        read.Start.Should().Be(text.IndexOf(printed, StringComparison.Ordinal));
        read.Date.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        read.EndDate.Should().Be(DateOnly.Parse(endDate, System.Globalization.CultureInfo.InvariantCulture));
        read.Precision.Should().Be(precision);
        read.IsYearPrinted.Should().Be(yearPrinted);
    }

    [Theory]
    [InlineData("整改期限为3个月。")] // a duration, not a month
    [InlineData("活跃率2万人次/月,")] // a rate per month
    [InlineData("覆盖率12.5月均值,")] // a number with a point
    public void Read_NumbersThatAreNotDates_ReadsNone(string text) =>
        DateMentionReader.Read(text, _ => 1).Should().BeEmpty();

    [Fact]
    public void Read_ADateWithoutItsYear_TakesTheYearOfItsClauseElse2020()
    {
        var read = DateMentionReader.Read("2019年12月20日至25日开展检查,1月8日通报结果。", _ => 1);

        read.Select(d => d.Date).Should().Equal(new DateOnly(2019, 12, 20), new DateOnly(2020, 1, 8));
        read[0].EndDate.Should().Be(new DateOnly(2019, 12, 25));
    }

    [Fact]
    public void Read_ARangeIntoTheNextYear_EndsInIt()
    {
        var read = DateMentionReader.Read("2020年12月至2021年1月开展专项行动,", _ => 1).Should().ContainSingle().Subject;

        read.EndDate.Should().Be(new DateOnly(2021, 1, 31));
    }

    [Fact]
    public void Read_ALongTextOfMeetings_ReadsEveryDate()
    {
        // The shape of the executive meetings' entry (line 53 on): a year first, then many dates without one.
        var text = "2020年,市政府召开常务会议22次。" + string.Concat(Enumerable.Range(1, 12).Select(m =>
            $"八届市政府第{m}次常务会议{m}月{m + 10}日召开。会议听取市发改委主任关于{new string('甲', 300)}的汇报。"));

        DateMentionReader.Read(text, _ => 1).Select(d => d.Date.Month).Should().Equal(Enumerable.Range(1, 12));
    }

    [Fact]
    public void Read_ADayThatDoesNotExist_FailsNamingTheLine()
    {
        var read = () => DateMentionReader.Read("2月30日,召开会议。", _ => 42);

        read.Should().Throw<ExtractorException>().Which.Line.Should().Be(42);
    }
}
