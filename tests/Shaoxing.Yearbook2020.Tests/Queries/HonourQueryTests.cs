using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class HonourQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void ReceivedBy_TheFireBrigade_IsItsOwnRankingOnly()
    {
        // Line 385: 绍兴市消防救援支队在全市"企业评部门、群众评行风"活动中连续八年列第一位。
        Data.Honours.ReceivedBy("绍兴市消防救援支队").Select(h => h.Rank).Should().Equal("连续八年列第一位");
        Data.Honours.WithAffiliation("绍兴市消防救援支队").Select(h => h.Recipient).Should().Equal("王楷");
    }

    [Fact]
    public void ReceivedBy_IgnoresSpacesInNames()
    {
        Data.Honours.ReceivedBy("周 焕").Should().ContainSingle();
    }

    [Fact]
    public void NominatedBy_ZhujiSafetyOffice_IsThreePeople()
    {
        Data.Honours.NominatedBy("诸暨市安委办").Select(h => h.Recipient).Should().Equal("应巨伟", "郦洋", "陈国强");
    }

    [Fact]
    public void AtLevel_National_HoldsTheCityTitlesAndZhanCaihua()
    {
        var national = Data.Honours.AtLevel(HonourLevel.National);

        national.Should().Contain(h => h.Recipient == "展才华");
        national.Should().Contain(h => h.Title == "全国双拥模范城");
        national.Should().NotContain(h => h.Level != HonourLevel.National);
    }

    [Fact]
    public void OnDate_November11_IsTheFireBrigadeCompetition()
    {
        Data.Honours.OnDate(new DateOnly(2020, 11, 11)).Should().HaveCount(7);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        FluentActions.Invoking(() => Data.Honours.ReceivedBy(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Honours.ReceivedBy("")).Should().Throw<ArgumentException>().WithParameterName("recipient");
        FluentActions.Invoking(() => Data.Honours.WithTitleContaining(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Data.Honours.NominatedBy(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Data.Honours.AtLevel((HonourLevel)9)).Should().Throw<ArgumentOutOfRangeException>();
        Data.Honours.ReceivedBy("无名氏").Should().BeEmpty();
    }
}
