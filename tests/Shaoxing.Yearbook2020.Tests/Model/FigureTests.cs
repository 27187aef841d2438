using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class FigureTests
{
    private static readonly Yearbook Book = Yearbook.Default;

    [Fact]
    public void Figures_EverySource_QuotesTheValueOnItsSeedLine()
    {
        Book.Figures.Should().NotBeEmpty();
        foreach (var figure in Book.Figures)
        {
            var raw = string.Concat(Yearbook.Quote(figure.Source).Where(c => !char.IsWhiteSpace(c)));
            raw.Should().Contain(figure.Value, $"figure {figure.Id} says it was printed on line {figure.Source.Line}");
        }
    }

    [Fact]
    public void Figures_EntryFigures_QuoteTheirEntryText()
    {
        foreach (var figure in Book.Figures.Where(f => f.EntryId is not null))
        {
            Book.Entries.Find(figure.EntryId!)!.Text.Should().Contain(figure.Quote, figure.Id);
        }
    }

    [Theory]
    [InlineData("safety-2020-accidents", "59", "起", "59", "起", 230)] // 全市发生生产安全事故59起
    [InlineData("safety-2020-deaths", "47", "人", "47", "人", 230)]
    [InlineData("xueliang-video-points-total", "178116", "路", "178116", "路", 154)]
    [InlineData("public-video-resources", "17.8", "万路", "178000", "路", 132)]
    [InlineData("double-support-titles-s4e02", "六", "连冠", "6", "连冠", 180)] // line 180 (body under the line-178 heading): 实现"六连冠"
    [InlineData("open-data-index-rank-s3e16", "十", "名", "10", "名", 166)] // 排行榜第十名
    [InlineData("exam-pass-rate", "80.88", "%", "80.88", "%", 275)]
    [InlineData("rescue-insurance-quota", "2000", "万元", "20000000", "元", 375)] // money in yuan
    [InlineData("t6-yuecheng-road-deaths", "5", "人", "5", "人", 246)] // 表6 越城区 道路 死亡人数
    [InlineData("t6-shengzhou-deaths-change", "-54.5", "%", "-54.5", "%", 250)]
    public void Find_NamedFigure_HasTheValueOfTheText(string id, string value, string unit, string normalized, string normalizedUnit, int line)
    {
        var figure = Book.Figures.Find(id);

        figure.Should().NotBeNull();
        figure!.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
        figure.NormalizedValue.Should().Be(decimal.Parse(normalized, System.Globalization.CultureInfo.InvariantCulture));
        figure.NormalizedUnit.Should().Be(normalizedUnit);
        figure.Source.Line.Should().Be(line);
    }

    [Fact]
    public void Figures_BigNumbers_AreMultipliedOut()
    {
        // line 130: 归集2758类425.1亿条; line 289: 直接经济损失9811万元; line 152: 累计发放国内健康码700万张.
        Book.Figures.InEntry("s3-e05").Should().Contain(f => f.Quote == "425.1亿条" && f.NormalizedValue == 42_510_000_000m && f.NormalizedUnit == "条");
        Book.Figures.InEntry("s5-e16").Should().Contain(f => f.Quote == "9811万元" && f.NormalizedValue == 98_110_000m && f.NormalizedUnit == "元");
        Book.Figures.InEntry("s3-e11").Should().Contain(f => f.Quote == "700万张" && f.NormalizedValue == 7_000_000m);
    }

    [Fact]
    public void Figures_ApproximateNumbers_AreMarked()
    {
        // line 152: 累计跟踪管理下发摸排指令48万余人; line 150: 激活用户74166人 is exact.
        Book.Figures.InEntry("s3-e11").Single(f => f.Value == "48").IsApproximate.Should().BeTrue();
        Book.Figures.Find("zhezhengding-activated-users")!.IsApproximate.Should().BeFalse();
    }

    [Fact]
    public void Figures_DatesYearsAndTitles_AreNotFigures()
    {
        // line 230: 2020年 and 比2019年 are years; line 377: 8月2日0时9分 is a date and time; line 160: 《2020年…工作要点》 is a title.
        Book.Figures.InEntry("s5-e01").Select(f => f.Value).Should().NotContain(["2020", "2019"]);
        Book.Figures.InEntry("s5-e32").Select(f => f.Value).Should().NotContain(["8", "0", "9"]);
        Book.Figures.InEntry("s3-e14").Select(f => f.Value).Should().NotContain("2020");
    }

    [Fact]
    public void Figures_Table6_HasEveryCellOfEveryRow()
    {
        // 表6 (lines 245-251): 7 rows (合计 and six districts) of 12 numbers.
        Book.Figures.InTable("table-6").Should().HaveCount(84);
        Book.Figures.InTable("table-6").Should().OnlyContain(f => f.EntryId == null && f.Source.Line >= 245 && f.Source.Line <= 251);
    }
}
