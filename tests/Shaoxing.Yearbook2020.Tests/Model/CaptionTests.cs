namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class CaptionTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Captions_AreTheSixPhotoCaptions_WithTheirCredits()
    {
        Data.Captions.Select(c => (c.Text, c.Credit)).Should().Equal(
            ("2020年,绍兴市智慧医保系统运行监控平台", "市医保局"),
            ("2020年10月17日,举行退役士兵欢迎仪式暨就业专场招聘会", "市退役军人事务局"),
            ("2020年入汛前,绍兴市社会救援队伍转入备勤状态", "市应急管理局"),
            ("2020年8月11日至12日,绍兴市首届社会应急力量技能竞赛举行", "市应急管理局"),
            ("2020年11月,绍兴市119消防宣传月活动启动仪式", "市消防救援支队"),
            ("2020年,市政务服务大厅无差别受理窗口", "市政务服务办"));
    }

    [Fact]
    public void Captions_WithAFullDate_CarryIt()
    {
        Data.Captions[1].Date.Should().Be(new DateOnly(2020, 10, 17));
        Data.Captions[3].Date.Should().Be(new DateOnly(2020, 8, 11));
        Data.Captions[3].EndDate.Should().Be(new DateOnly(2020, 8, 12));
        Data.Captions[4].Date.Should().BeNull("2020年11月 gives no day");
    }

    [Fact]
    public void CaptionSources_QuoteTheCaptionAndCredit()
    {
        foreach (var caption in Data.Captions)
        {
            var quoted = Yearbook.Quote(caption.Source).Replace(" ", string.Empty, StringComparison.Ordinal);
            quoted.Should().Contain(caption.Text).And.Contain(caption.Credit + "提供");
        }
    }
}
