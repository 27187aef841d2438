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
    public void Occurrences_GivesEveryMatchInAnEntry_EachOnItsSeedLine()
    {
        // 【专业安委会运行】 (lines 281-283): 安全生产 twice on line 281 (安全生产委员会印发《绍兴市安全生产委员…),
        // three times on line 283 (专业安全生产委员会, 率先将安全生产, 报告安全生产工作); the heading has it not.
        var hits = Data.Entries.Occurrences("安全生产").Where(h => h.Entry.Heading == "专业安委会运行").ToList();

        hits.Select(h => h.SeedLine).Should().Equal(281, 281, 283, 283, 283);
        hits.Should().OnlyContain(h => !h.InHeading && h.Snippet.Contains("安全生产"));
        hits.Select(h => h.Index).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Data.Entries.Search("安全生产").Where(h => h.Entry.Heading == "专业安委会运行").Should().ContainSingle()
            .Which.Index.Should().Be(hits[0].Index);
    }

    [Fact]
    public void Occurrences_InAHeadedEntry_MarksEveryHitAsInTheHeading()
    {
        // 【安全生产巡查】 (line 265): in the heading, and twice in the text, printed "安全 生产" with the OCR's space.
        var hits = Data.Entries.Occurrences("安全生产").Where(h => h.Entry.Heading == "安全生产巡查").ToList();

        hits.Should().HaveCount(2).And.OnlyContain(h => h.InHeading && h.SeedLine == 265 && h.Index >= 0);
    }

    [Fact]
    public void Occurrences_CountsWhatTheTextsHold_AndAHeadingOnlyMatchOnce()
    {
        foreach (var query in new[] { "安全生产", "应急", "槽罐车", "岗位大练兵" })
        {
            var perEntry = Data.Entries.Occurrences(query).GroupBy(h => h.Entry.Id).ToDictionary(g => g.Key, g => g.Count());
            perEntry.Keys.Should().Equal(Data.Entries.Search(query).Select(h => h.Entry.Id), query);
            foreach (var entry in Data.Entries.Where(e => perEntry.ContainsKey(e.Id)))
            {
                var inText = System.Text.RegularExpressions.Regex.Count(entry.Text, System.Text.RegularExpressions.Regex.Escape(query));
                perEntry[entry.Id].Should().Be(Math.Max(inText, 1), $"{query} in {entry.Id}");
            }
        }
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
