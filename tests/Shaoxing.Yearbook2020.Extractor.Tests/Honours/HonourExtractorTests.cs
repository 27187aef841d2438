using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Honours;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Honours;

public sealed class HonourExtractorTests
{
    [Theory]
    [InlineData("王伟民、张纪东、陈添鑫", new[] { "王伟民", "张纪东", "陈添鑫" })]
    [InlineData("绍兴市\"安心码协同应用\"、古城保护\"数字孪生城市\"以及智慧化工园区", new[] { "绍兴市\"安心码协同应用\"", "古城保护\"数字孪生城市\"", "智慧化工园区" })]
    [InlineData("\"零证办、无感办\"", new[] { "\"零证办、无感办\"" })]
    public void SplitNames_SplitsOnEnumerationCommasOutsideQuotes(string names, string[] expected)
    {
        HonourExtractor.SplitNames(names).Should().Equal(expected);
    }

    [Theory]
    [InlineData("全国双拥模范城", HonourLevel.National)]
    [InlineData("浙江省模范退役军人", HonourLevel.Provincial)]
    [InlineData("省消防救援总队", HonourLevel.Provincial)]
    [InlineData("2020年绍兴市\"最美退役军人\"", HonourLevel.Municipal)]
    public void LevelOf_ReadsTheLevelFromTheTitle(string title, HonourLevel level)
    {
        HonourExtractor.LevelOf(title).Should().Be(level);
    }

    [Fact]
    public void Extract_OnePersonOfACountedCohort_IsOneRecordWithTheCohortSize()
    {
        var seed = TestSeeds.Of(
            "退役军人事务",
            "【活动】 2020年,遴选出李四等7人为2020年绍兴市\"最美退役军人\"。甲、乙等2家单位被授予\"浙江省退役军人工作模范单位\"称号。",
            "表 7", "2020 绍兴最美应急人一览表", "姓名\t工作单位\t推荐单位", "应急管理组\t\t", "张 三\t某局\t某办");

        var honours = HonourExtractor.Extract(ChapterBuilder.Build(seed, TestSeeds.NoCorrections));

        honours.Select(h => (h.Recipient, h.CohortSize, h.Level)).Should().Equal(
            ("李四", 7, HonourLevel.Municipal), ("甲", 2, HonourLevel.Provincial), ("乙", 2, HonourLevel.Provincial), ("张三", null, HonourLevel.Municipal));
        honours[^1].Should().Match<Honour>(h => h.Affiliation == "某局" && h.Nominator == "某办" && h.Group == "应急管理组");
    }

    [Theory]
    [InlineData("甲、乙等2人荣获\"浙江省模范退役军人\"称号。", "浙江省模范退役军人", "甲", null)] // conferred
    [InlineData("丁、戊等2人荣获\"浙江省劳动模范\"。", "浙江省劳动模范", "戊", null)] // conferred, without 称号
    [InlineData("丙市被命名为\"全国文明城市\",实现\"三连冠\"。", "全国文明城市", "丙市", "三连冠")] // conferred
    [InlineData("全面推进数字化改革,此项改革被市委办公室评为\"十佳\"案例。", "\"十佳\"案例", "数字化改革", null)] // rated
    [InlineData("某某行动被省应急管理厅评定为优秀等次。", "某某行动考评", "某某行动", "优秀等次")] // rated
    [InlineData("大队队员李四荣获全国优秀消防员称号。", "全国优秀消防员", "李四", null)] // conferred on a person with a role
    [InlineData("甲救援队经省应急管理厅考核被列入省级社会救援队伍名单。", "省级社会救援队伍", "甲救援队", null)] // selected
    [InlineData("城市综合实力排名全省第3位。", "城市综合实力", "绍兴市", "全省第3位")] // ranked
    [InlineData("在省政府对设区市安全考核中,绍兴市位列第二名。", "设区市安全考核", "绍兴市", "第二名")] // ranked
    [InlineData("建议对甲办公室和张三等同志予以嘉奖的汇报。", "予以嘉奖", "甲办公室", null)] // proposed
    public void Extract_EachFamilyInAnotherWording_FindsTheHonour(string sentence, string title, string recipient, string? rank)
    {
        var seed = TestSeeds.Of(
            "退役军人事务",
            "【活动】 2020年," + sentence,
            "表 7", "2020 绍兴最美应急人一览表", "姓名\t工作单位\t推荐单位", "应急管理组\t\t", "张 三\t某局\t某办");

        var honours = HonourExtractor.Extract(ChapterBuilder.Build(seed, TestSeeds.NoCorrections)).Where(h => h.Source.EntryId is not null).ToList();

        honours.Should().NotBeEmpty().And.Contain(h => h.Title == title && h.Recipient == recipient && h.Rank == rank);
    }

    [Fact]
    public void Extract_AMonthOnlySentence_GivesTheMonthAndNoDay()
    {
        var seed = TestSeeds.Of(
            "退役军人事务",
            "【某大赛】 2020年5月,大赛启动。10月上旬,决赛举行,甲项目、乙项目2个项目获一等奖。",
            "表 7", "2020 绍兴最美应急人一览表", "姓名\t工作单位\t推荐单位", "应急管理组\t\t", "张 三\t某局\t某办");

        var honours = HonourExtractor.Extract(ChapterBuilder.Build(seed, TestSeeds.NoCorrections)).Where(h => h.Source.EntryId is not null).ToList();

        honours.Select(h => (h.Recipient, h.Rank, h.Month, h.Date)).Should().Equal(("甲项目", "一等奖", "2020-10", (DateOnly?)null), ("乙项目", "一等奖", "2020-10", (DateOnly?)null));
    }
}
