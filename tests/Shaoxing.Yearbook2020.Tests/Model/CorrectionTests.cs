using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class CorrectionTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Corrections_EachHaveAReason_AndUniqueIds()
    {
        Data.Corrections.Should().NotBeEmpty();
        Data.Corrections.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        Data.Corrections.Should().OnlyContain(c => c.Reason.Length >= 20);
    }

    [Fact]
    public void Replacements_FindTheirOriginalOnTheirLine_AndTheRepairReachesTheText()
    {
        var everything = string.Concat(Data.Entries.Select(e => e.Heading + e.Text));
        foreach (var fix in Data.Corrections.Where(c => c.Kind == CorrectionKind.Replace))
        {
            Yearbook.SeedLines[fix.Line - 1].Should().Contain(fix.Original, fix.Id);
            var repaired = fix.Corrected!.Replace(" ", string.Empty, StringComparison.Ordinal).Trim('】');
            everything.Contains(repaired, StringComparison.Ordinal).Should().BeTrue($"{fix.Id} should put '{repaired}' into the text");
        }
    }

    [Theory]
    [InlineData("交诵")]
    [InlineData("关干")]
    [InlineData("推讲")]
    [InlineData("你取")]
    [InlineData("生杰")]
    [InlineData("解闲局")]
    [InlineData("**")]
    [InlineData("成立大会会上")]
    [InlineData("历过68个小时")]
    public void KnownOcrDamage_IsGoneFromTheText(string damage)
    {
        Data.Entries.Should().NotContain(e => e.Text.Contains(damage, StringComparison.Ordinal) || e.Heading.Contains(damage, StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatedPhrase_IsPrintedOnce()
    {
        var entry = Data.Entries.WithHeading("公共数据开放平台建设")[0];

        entry.Text.Should().Contain("市级批量数据资源847类、17865个数据项、批量数据调用量6.76亿次");
    }

    [Fact]
    public void GarbledParagraph_KeepsItsReadablePart_AndTheRawLineStaysQuotable()
    {
        var entry = Data.Entries.WithHeading("基层退役军人服务保障体系建设")[0];

        entry.Text.Should().EndWith("全市已创建6个县级\"全国示范型退役军人服务中心\",89个乡镇(街道)\"全国示范型退役军人服务中心\"。");
        entry.Text.Should().NotContain("640年");
        Yearbook.Quote(186, 186).Should().Contain("640年");
    }
}
