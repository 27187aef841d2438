using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class MeetingQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void InMonth_July_GivesTheThreeExecutiveAndTheEighthPlenary()
    {
        // 7月2日 (76), 7月16日 (77), 7月29日 (78), 7月31日 (plenary 8).
        Data.Meetings.InMonth(7).Select(m => m.Id).Should().Equal("executive-76", "executive-77", "executive-78", "plenary-08");
    }

    [Fact]
    public void OnDate_And_Between()
    {
        Data.Meetings.OnDate(new DateOnly(2020, 12, 11)).Single().Number.Should().Be(88);
        Data.Meetings.OnDate(new DateOnly(2020, 12, 12)).Should().BeEmpty();
        Data.Meetings.Between(new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31)).Select(m => m.Number).Should().Equal(70, 71);
        ((Action)(() => Data.Meetings.Between(new DateOnly(2020, 4, 1), new DateOnly(2020, 3, 1)))).Should().Throw<ArgumentException>().WithParameterName("to");
        ((Action)(() => Data.Meetings.InMonth(13))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FindByNumber_GivesOneMeeting_OrNull()
    {
        Data.Meetings.FindByNumber(75)!.Date.Should().Be(new DateOnly(2020, 6, 15));
        Data.Meetings.FindByNumber(8)!.Kind.Should().Be(MeetingKind.Plenary);
        Data.Meetings.FindByNumber(90).Should().BeNull();
    }

    [Fact]
    public void DraftsOfTheEmergencyManagementBureau_CameToMeetings71And74()
    {
        // Line 49: 《绍兴市2020年安全生产巡查工作方案》起草; line 59: 《…运行管理办法》起草.
        // Line 51's 修编 and line 65's 编制 are a revision and a compilation, not drafts.
        Data.Meetings.WithAgency("市应急管理局", AgendaItemKind.Drafting).Select(m => m.Number).Should().Equal(71, 74);
        // At the 82nd meeting (line 81) 黄立枫 reports as 市安委办主任, for the work safety committee's office.
        Data.Meetings.WithAgency("emergency-management-bureau").Select(m => m.Number).Should().Equal(68, 71, 72, 74, 77, 78, 83);
        Data.Meetings.WithAgency("市安委办").Select(m => m.Number).Should().Equal(82, 85);
        Data.Meetings.WithAgency("不存在的局").Should().BeEmpty();
    }

    [Fact]
    public void WithPresenter_FindsEveryItemOfAPerson()
    {
        // 孙永国: line 63 (市财投公司) and three items at line 95 (市金控公司).
        Data.Meetings.WithPresenter("孙永国").Select(mi => mi.Item.Id).Should().Equal("executive-76-06", "executive-86-08", "executive-86-09", "executive-86-10");
        Data.Meetings.WithPresenter("无名氏").Should().BeEmpty();
        ((Action)(() => Data.Meetings.WithPresenter(" "))).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void WithDocument_AndDocuments_TellWhenADocumentFirstCameUp()
    {
        // 《绍兴市开发区(园区)高质量发展总体方案》: line 93 (85th, 孙梁) and line 95 (86th, 何坚刚 and 黄文刚).
        var hits = Data.Meetings.WithDocument("开发区(园区)高质量发展总体方案");
        hits.Select(h => h.Meeting.Number).Should().Equal(85, 86);

        var document = Data.Meetings.DraftedDocuments().Single(d => d.Title == "绍兴市开发区(园区)高质量发展总体方案");
        document.FirstMeeting.Number.Should().Be(85);
        document.Items.Should().HaveCount(2);
        Data.Meetings.Documents().Should().Contain(d => d.Title == "关于绍兴银行股份有限公司第六轮增资扩股方案" && !d.WasDrafted);
    }

    [Fact]
    public void ItemsMentioning_FindsTheItemsThatTakeUpATopic_WhereWithDocumentFindsItsDocuments()
    {
        // 安全生产 in the executive meetings' paragraphs: the 68th (line 41, printed "全国安全生 产" and "全市安 全生产"),
        // 71st (line 49), 72nd (51), 74th (59), 77th (65), 78th (69), 82nd (81) and 83rd (85); one item each.
        var items = Data.Meetings.ItemsMentioning("安全生产");

        items.Select(mi => mi.Meeting.Number).Should().Equal(68, 71, 72, 74, 77, 78, 82, 83);
        items.Should().OnlyContain(mi => mi.Meeting.Kind == MeetingKind.Executive);
        Data.Meetings.ItemsMentioning("安全 生产").Should().Equal(items);

        // Three of them name a document about it: 巡查工作方案 (71st), 专业安全生产委员会运行管理办法 (74th),
        // 第二轮安全生产综合治理三年行动计划 (77th).
        var documents = Data.Meetings.WithDocument("安全生产");
        documents.Select(mi => mi.Meeting.Number).Should().Equal(71, 74, 77);
        items.Should().Contain(documents);
        Data.Meetings.ItemsMentioning("Kubernetes").Should().BeEmpty();
    }
}
