using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.People;

public sealed class PersonMentionReaderTests
{
    [Theory]
    [InlineData("会议深入学习习近平总书记考察浙江重要讲话精神。", "习近平", "总书记", AppearanceKind.Relayed)]
    [InlineData("听取市长盛阅春关于省委副书记、代省长郑栅洁在绍调研时重要讲话精神的传达。", "郑栅洁", "省委副书记、代省长", AppearanceKind.Relayed)]
    [InlineData("现场推进会在绍兴召开。退役军人事务部部长孙绍骋出席并讲话,会议结束。", "孙绍骋", "退役军人事务部部长", AppearanceKind.Spoke)]
    [InlineData("会议召开。浙江省副省长王文序致辞。", "王文序", "浙江省副省长", AppearanceKind.Spoke)]
    [InlineData("会议召开。应急管理部救援协调局局长郭治武主持会议。", "郭治武", "应急管理部救援协调局局长", AppearanceKind.Chaired)]
    [InlineData("会议召开。省应急管理厅党委书记、厅长凌志峰作交流发言。", "凌志峰", "省应急管理厅党委书记、厅长", AppearanceKind.Spoke)]
    [InlineData("理事会选举产生会长1名。浙江龙盛集团股份有限公司副总经理何旭斌当选硝化分会首任会长。", "何旭斌", "浙江龙盛集团股份有限公司副总经理", AppearanceKind.Elected)] // line 369
    [InlineData("听取市体育局局长关于拟引进聘用陈刚为绍兴市羽毛球队总教练的情况汇报。", "陈刚", "绍兴市羽毛球队总教练", AppearanceKind.Hired)]            // line 43
    public void Read_AWordingOfTheFamily_FindsThePersonRoleAndKind(string text, string name, string role, AppearanceKind kind)
    {
        var mention = PersonMentionReader.Read([EntryOf(text)], []).Should().ContainSingle().Which;

        (mention.Name, mention.Role, mention.Kind, mention.RecordId).Should().Be((name, role, kind, "s9-e01"));
        mention.Source.Line.Should().Be(12);
    }

    [Theory]
    [InlineData("绍兴市人民政府认真贯彻习近平新时代中国特色社会主义思想。")]
    [InlineData("浙江等6省应急管理部门负责人作工作经验交流。")]
    [InlineData("听取市政府秘书长王芬祥关于省委省政府有关指示批示精神的传达。")]
    public void Read_TextThatNamesNoOneInTheseWays_FindsNothing(string text) =>
        PersonMentionReader.Read([EntryOf(text)], []).Should().BeEmpty();

    private static Entry EntryOf(string text) => new()
    {
        Id = "s9-e01",
        SectionId = "s9",
        Heading = "测试",
        Text = text,
        Segments = [new TextSegment { Line = 12, Start = 0, Length = text.Length }],
        PlaceIds = [],
        Source = new SourceSpan { Line = 12, EndLine = 12, EntryId = "s9-e01" },
        Dates = [],
    };
}
