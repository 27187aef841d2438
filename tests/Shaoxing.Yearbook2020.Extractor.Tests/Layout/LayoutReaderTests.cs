using Shaoxing.Yearbook2020.Extractor.Layout;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Layout;

public sealed class LayoutReaderTests
{
    [Fact]
    public void Read_HeadingSplitOverTwoLines_IsOneHeading_WithTheBodyAfterIt()
    {
        var seed = TestSeeds.Of("综述", "", "【完成平台建", "", "设】 2020年,绍兴市完成。");

        var blocks = LayoutReader.Read(seed);

        blocks.Select(b => (b.Kind, b.Line, b.EndLine)).Should().Equal(
            (LayoutBlockKind.SectionTitle, 1, 1),
            (LayoutBlockKind.Heading, 3, 5),
            (LayoutBlockKind.Paragraph, 5, 5));
        blocks[1].Text.Should().Be("完成平台建设");
    }

    [Fact]
    public void Read_TwoHeadingsOnOneLine_AreTwoHeadingsWithTheirBodies()
    {
        var seed = TestSeeds.Of("综述", "【甲】 一。 【乙】 二。");

        var blocks = LayoutReader.Read(seed);

        blocks.Where(b => b.Kind == LayoutBlockKind.Heading).Select(b => b.Text).Should().Equal("甲", "乙");
        blocks.Where(b => b.Kind == LayoutBlockKind.Paragraph).Select(b => b.Text.Trim()).Should().Equal("一。", "二。");
    }

    [Fact]
    public void Read_ShortLineBeforeACredit_IsACaption_ButASentenceBeforeItIsTheSectionProvider()
    {
        var seed = TestSeeds.Of("综述", "【甲】 正文。", "2020年,大厅窗口", "(市政务服务办 提供)", "正文结束。", "(市政府办公室 提供)");

        var blocks = LayoutReader.Read(seed);

        blocks.Should().ContainSingle(b => b.Kind == LayoutBlockKind.Caption)
            .Which.Should().Match<LayoutBlock>(b => b.Text == "2020年,大厅窗口" && b.Credit == "市政务服务办" && b.Line == 3 && b.EndLine == 4);
        blocks.Should().ContainSingle(b => b.Kind == LayoutBlockKind.Provider).Which.Text.Should().Be("市政府办公室");
    }

    [Fact]
    public void Read_CaptionWithItsCreditOnTheSameLine_IsACaption()
    {
        var seed = TestSeeds.Of("综述", "【甲】 正文。", "2020年10月17日,举行仪式(市退役军人事务局 提供)");

        LayoutReader.Read(seed).Should().ContainSingle(b => b.Kind == LayoutBlockKind.Caption)
            .Which.Credit.Should().Be("市退役军人事务局");
    }

    [Fact]
    public void Read_Table_TakesTitleAndTabRows_WithPaddedNamesJoined()
    {
        var seed = TestSeeds.Of("综述", "【甲】 正文", "表 7", "", "一览表", "姓名\t单位\t\t", "周 焕\t中心", "", "续文。");

        var blocks = LayoutReader.Read(seed);

        var table = blocks.Should().ContainSingle(b => b.Kind == LayoutBlockKind.Table).Which;
        table.TableNumber.Should().Be(7);
        table.Text.Should().Be("一览表");
        table.Rows.Select(r => r.Cells.ToArray()).Should().BeEquivalentTo(new[] { new[] { "姓名", "单位" }, new[] { "周焕", "中心" } }, o => o.WithStrictOrdering());
        blocks[^1].Should().Match<LayoutBlock>(b => b.Kind == LayoutBlockKind.Paragraph && b.Line == 9);
    }

    [Fact]
    public void Read_UnclosedHeading_ThrowsNamingItsLine()
    {
        var seed = TestSeeds.Of("综述", "【没有结尾", "正文", "正文", "正文", "正文");

        var read = () => LayoutReader.Read(seed);

        read.Should().Throw<ExtractorException>().Which.Line.Should().Be(2);
    }

    [Fact]
    public void Read_HeadingRunningIntoTheNextHeading_ThrowsNamingItsLine()
    {
        var seed = TestSeeds.Of("综述", "【甲", "【乙】 正文");

        var read = () => LayoutReader.Read(seed);

        read.Should().Throw<ExtractorException>().Which.Line.Should().Be(2);
    }
}
