using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Chapter;

public sealed class ChapterBuilderTests
{
    [Fact]
    public void Build_JoinsLineWrapsAndPageBreaks_AndBreaksParagraphsAfterSentences()
    {
        var seed = TestSeeds.Of("综述", "【甲】 绍兴市人", "", "民政府召开会议。", "", "第二段。");

        var entry = ChapterBuilder.Build(seed, TestSeeds.NoCorrections).Entries.Should().ContainSingle().Which;

        entry.Text.Should().Be("绍兴市人民政府召开会议。\n第二段。");
        entry.Segments.Select(s => (s.Line, s.Start, s.Length)).Should().Equal((2, 0, 4), (4, 4, 8), (6, 13, 4));
    }

    [Fact]
    public void Build_TextAfterACaption_ContinuesTheParagraphTheCaptionInterrupted()
    {
        var seed = TestSeeds.Of("综述", "【甲】 上线6518个。", "2020年,大厅", "(市医保局 提供)", "收件762个。");

        var chapter = ChapterBuilder.Build(seed, TestSeeds.NoCorrections);

        chapter.Entries[0].Text.Should().Be("上线6518个。收件762个。");
        chapter.Captions.Should().ContainSingle().Which.Source.EntryId.Should().Be("s1-e01");
    }

    [Fact]
    public void Build_Move_PutsTheParagraphAtTheEndOfItsEntry()
    {
        var seed = TestSeeds.Of("综述", "【甲】 甲的正文,", "乙的尾巴。", "【乙】 乙的正文,");
        ImmutableArray<Correction> moves = [new() { Id = "m", Kind = CorrectionKind.Move, Line = 3, TargetHeading = "乙", Reason = "reading order" }];

        var chapter = ChapterBuilder.Build(seed, moves);

        chapter.Entries.Select(e => e.Text).Should().Equal("甲的正文,", "乙的正文,乙的尾巴。");
        chapter.Corrections[0].TargetEntryId.Should().Be("s1-e02");
    }

    [Fact]
    public void Build_MoveToAHeadingThatDoesNotExist_ThrowsNamingTheLine()
    {
        var seed = TestSeeds.Of("综述", "【甲】 正文,", "尾巴。");
        ImmutableArray<Correction> moves = [new() { Id = "m", Kind = CorrectionKind.Move, Line = 3, TargetHeading = "丙", Reason = "reading order" }];

        var build = () => ChapterBuilder.Build(seed, moves);

        build.Should().Throw<ExtractorException>().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Build_InferredSection_StartsASectionWithoutATitle()
    {
        var seed = TestSeeds.Of("综述", "【概况】 一。", "(办公室 提供)", "【概况】 二。");
        ImmutableArray<Correction> rows = [new() { Id = "s", Kind = CorrectionKind.InferSection, Line = 4, Corrected = "政务服务", Reason = "missing title" }];

        var chapter = ChapterBuilder.Build(seed, rows);

        chapter.Sections.Select(s => (s.Title, s.InferredTitle)).Should().Equal(("综述", null), (null, "政务服务"));
        chapter.Entries.Select(e => e.Id).Should().Equal("s1-e01", "s2-e01");
    }

    [Fact]
    public void Build_BodyTextBeforeAnyHeading_ThrowsNamingTheLine()
    {
        var seed = TestSeeds.Of("", "", "无标题的正文。", "综述", "【甲】 正文。");

        var build = () => ChapterBuilder.Build(seed, TestSeeds.NoCorrections);

        build.Should().Throw<ExtractorException>().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Build_CaptionWithAnImpossibleDate_ThrowsNamingTheLine()
    {
        var seed = TestSeeds.Of("综述", "【甲】 正文。", "2020年2月30日,活动(市应急管理局 提供)");

        var build = () => ChapterBuilder.Build(seed, TestSeeds.NoCorrections);

        build.Should().Throw<ExtractorException>().Which.Line.Should().Be(3);
    }
}
