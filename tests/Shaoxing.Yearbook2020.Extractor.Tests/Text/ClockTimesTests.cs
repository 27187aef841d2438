using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class ClockTimesTests
{
    [Fact]
    public void Read_TimesThatLeaveOutTheirDay_TakeItFromTheTimeBefore()
    {
        // Line 381, as repaired.
        var times = ClockTimes.Read("2020年6月7日22时18分,甬金高速公路新昌段发生事故。经过68个小时连续应急处置,在10日16时成功将罐体转移至安全地带,18时甬金高速新昌沙溪段恢复通车。", 381);

        times.Select(t => (t.Quote, t.Moment)).Should().Equal(
            ("2020年6月7日22时18分", new DateTime(2020, 6, 7, 22, 18, 0)),
            ("10日16时", new DateTime(2020, 6, 10, 16, 0, 0)),
            ("18时", new DateTime(2020, 6, 10, 18, 0, 0)));
    }

    [Theory]
    [InlineData("12月31日24时", 2021, 1, 1, 0, 0)]
    [InlineData("3月5日8时5分", 2020, 3, 5, 8, 5)]
    [InlineData("2019年2月28日0时", 2019, 2, 28, 0, 0)]
    public void Read_OneTime_GivesItsMoment(string text, int year, int month, int day, int hour, int minute)
    {
        ClockTimes.Read(text, 1).Should().ContainSingle().Which.Moment.Should().Be(new DateTime(year, month, day, hour, minute, 0));
    }

    [Theory]
    [InlineData("全年24小时值守")]
    [InlineData("第一时间赶赴现场")]
    [InlineData("同时开展检查")]
    public void Read_DurationsAndWordsWith时_AreNoClockTimes(string text)
    {
        ClockTimes.Read(text, 1).Should().BeEmpty();
    }

    [Theory]
    [InlineData("16时成功转移", "names no day")]
    [InlineData("6月7日25时", "not a time of day")]
    [InlineData("6月31日8时", "does not exist")]
    public void Read_ATimeThatCannotBe_FailsNamingIt(string text, string message)
    {
        FluentActions.Invoking(() => ClockTimes.Read(text, 7))
            .Should().Throw<ExtractorException>().Where(e => e.Line == 7 && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
