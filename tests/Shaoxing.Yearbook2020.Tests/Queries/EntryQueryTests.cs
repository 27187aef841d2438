namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class EntryQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Search_FindsEveryEntryMentioningTheText_WithItsSeedLine()
    {
        var hits = Data.Entries.Search("槽罐车");

        hits.Select(h => h.Entry.Heading).Should().Contain("浙江裕源建材有限公司\"8·2\"爆燃事故")
            .And.Contain("消防救援专业队建设");
        foreach (var hit in hits)
        {
            hit.Snippet.Should().Contain("槽罐车");
            Yearbook.SeedLines[hit.SeedLine - 1].Replace(" ", string.Empty, StringComparison.Ordinal).Should().Contain("槽罐");
        }
    }

    [Fact]
    public void Search_IgnoresSpacesInTheQuery()
    {
        Data.Entries.Search("绍兴市人 民政府").Should().NotBeEmpty()
            .And.HaveCount(Data.Entries.Search("绍兴市人民政府").Length);
    }

    [Fact]
    public void Search_MatchingOnlyAHeading_ReportsIt()
    {
        var hit = Data.Entries.Search("岗位大练兵").Should().ContainSingle().Which;

        hit.InHeading.Should().BeTrue();
    }

    [Fact]
    public void Search_NothingFound_IsEmpty()
    {
        Data.Entries.Search("Kubernetes").Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_EmptyText_ThrowsArgumentException(string text)
    {
        var search = () => Data.Entries.Search(text);

        search.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Search_Null_ThrowsArgumentNullException()
    {
        var search = () => Data.Entries.Search(null!);

        search.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Find_ById_ReturnsTheEntry_OrNull()
    {
        Data.Entries.Find("s5-e32")!.Heading.Should().Be("浙江裕源建材有限公司\"8·2\"爆燃事故");
        Data.Entries.Find("s9-e99").Should().BeNull();
    }

    [Fact]
    public void WithHeading_ToleratesBracketsAndSpaces()
    {
        Data.Entries.WithHeading(" 【岗位大练兵】 ").Should().ContainSingle();
    }

    [Fact]
    public void Sections_FindByTitle_FindsPrintedAndInferredTitles()
    {
        Data.Sections.FindByTitle("应急管理")!.Id.Should().Be("s5");
        Data.Sections.FindByTitle("政务服务")!.Id.Should().Be("s6");
        Data.Sections.FindByTitle("不存在").Should().BeNull();
    }

    [Fact]
    public void Quote_OutsideTheSeed_Throws()
    {
        ((Action)(() => Yearbook.Quote(0, 1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Yearbook.Quote(5, 4))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Yearbook.Quote(1, 10_000))).Should().Throw<ArgumentOutOfRangeException>();
        Yearbook.Quote(3, 3).Should().Be("综述");
    }
}
