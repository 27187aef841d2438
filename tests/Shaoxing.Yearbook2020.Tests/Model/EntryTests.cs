using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed partial class EntryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Entries_AreOnePerHeadingOfTheText()
    {
        Data.Entries.Should().HaveCount(93);
        Data.Entries.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Headings_EqualTheTextBetweenTheBrackets_WithSpacesAndMarkdownRemoved()
    {
        // An independent reading: every 【…】 of the raw seed, across line breaks, without whitespace or **.
        var seed = File.ReadAllText(RepositoryPaths.SeedFile);
        var expected = HeadingPattern().Matches(seed)
            .Select(m => WhitespaceOrMarkdown().Replace(m.Groups[1].Value, string.Empty))
            .ToList();

        expected.Should().HaveCount(93);
        Data.Entries.Select(e => e.Heading.Replace(" ", string.Empty, StringComparison.Ordinal)).Should().Equal(expected);
    }

    [Theory]
    [InlineData(119, "完成\"互联网+监管\"三位一体平台建设")]
    [InlineData(210, "退役士兵返乡欢迎仪式暨就业专场招聘活动")]
    [InlineData(371, "全国社会应急力量建设工作座谈会召开")]
    [InlineData(381, "G1512甬金高速新昌段\"6·7\"LNG槽车交通事故")]
    public void Heading_SplitOrWrappedInTheText_IsWholeAndClean(int line, string heading)
    {
        var entry = Data.Entries.Single(e => e.Source.Line == line);

        entry.Heading.Should().Be(heading);
    }

    [Fact]
    public void EntryTexts_HaveNoWhitespaceBetweenChineseCharacters()
    {
        foreach (var entry in Data.Entries)
        {
            BetweenCjk().IsMatch(entry.Text).Should().BeFalse($"{entry.Id} 【{entry.Heading}】 should have no OCR spaces");
            entry.Text.Should().NotStartWith(" ").And.NotEndWith(" ");
        }
    }

    [Fact]
    public void EntryTexts_HaveNoCaptionsOrPageFurniture()
    {
        foreach (var entry in Data.Entries)
        {
            entry.Text.Should().NotContain("提供)", $"{entry.Id} should hold no caption credit");
            entry.Text.Should().NotContain("经年经29");
            entry.Text.Should().NotContain("\t");
            foreach (var caption in Data.Captions)
            {
                entry.Text.Should().NotContain(caption.Text);
            }
        }
    }

    [Fact]
    public void EntrySegments_CoverTheText_AndComeFromLinesHoldingThatText()
    {
        var correctedLines = Data.Corrections.Select(c => c.Line).ToHashSet();
        foreach (var entry in Data.Entries)
        {
            entry.Segments.Sum(s => s.Length).Should().Be(entry.Text.Count(c => c != '\n'), entry.Id);
            foreach (var segment in entry.Segments.Where(s => !correctedLines.Contains(s.Line)))
            {
                var raw = WhitespaceOrMarkdown().Replace(Yearbook.SeedLines[segment.Line - 1], string.Empty);
                raw.Should().Contain(entry.Text.Substring(segment.Start, segment.Length), $"{entry.Id} segment from line {segment.Line}");
            }
        }
    }

    [Fact]
    public void EntrySource_QuotesTheHeadingAsPrinted()
    {
        foreach (var entry in Data.Entries)
        {
            var quoted = WhitespaceOrMarkdown().Replace(Yearbook.Quote(entry.Source), string.Empty);
            quoted.Should().Contain("【" + entry.Heading.Replace(" ", string.Empty, StringComparison.Ordinal), entry.Id);
            entry.Source.EntryId.Should().Be(entry.Id);
        }
    }

    [Fact]
    public void Entries_WithTheSameHeading_AreTheFiveOverviews()
    {
        Data.Entries.WithHeading("概况").Select(e => e.SectionId).Should().Equal("s1", "s3", "s4", "s5", "s6");
    }

    [Fact]
    public void TwoHeadingsOnOneLine_BecomeTwoEntries()
    {
        Data.Entries.Where(e => e.Source.Line == 194).Select(e => e.Heading).Should().Equal("信息采集及光荣牌悬挂", "走访慰问工作");
        Data.Entries.Where(e => e.Source.Line == 383).Select(e => e.Heading).Should().Equal("消安委平台实体化运行", "编制古城消防安全专项规划");
        Data.Entries.WithHeading("信息采集及光荣牌悬挂")[0].Text.Should().EndWith("实现应挂实挂率100%。");
    }

    [Fact]
    public void SeedLineAt_FollowsTheSegments_IncludingTextMovedFromAnotherPlace()
    {
        // 【绍兴市退役军人学院成立】: its text starts on line 224, continues on 226, and its tail was printed on 220.
        var entry = Data.Entries.WithHeading("绍兴市退役军人学院成立")[0];
        var tail = entry.Text.IndexOf("就业退役士兵代表参加会议", StringComparison.Ordinal);

        entry.SeedLineAt(0).Should().Be(224);
        entry.SeedLineAt(tail).Should().Be(220);
        entry.SourceOf(0, entry.Text.Length).Should().Be(new Shaoxing.Yearbook2020.Model.SourceSpan { Line = 220, EndLine = 224, EntryId = entry.Id });
        ((Action)(() => entry.SeedLineAt(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [GeneratedRegex("【(.*?)】", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"\s|\*")]
    private static partial Regex WhitespaceOrMarkdown();

    [GeneratedRegex(@"[\u4E00-\u9FFF]\s+[\u4E00-\u9FFF]")]
    private static partial Regex BetweenCjk();
}
