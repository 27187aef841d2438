using Shaoxing.Yearbook2020.Extractor.Figures;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Figures;

public sealed class FigureParserTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("全市发生生产安全事故59起、死亡47人", "59", "起", "59", "起")] // line 230
    [InlineData("归集2758类425.1亿条。", "425.1", "亿条", "42510000000", "条")] // line 130
    [InlineData("直接经济损失9811万元。", "9811", "万元", "98110000", "元")] // line 289
    [InlineData("累计使用已达100万余次,", "100", "万次", "1000000", "次")] // line 134
    [InlineData("普及培训15.76万人次。", "15.76", "万人次", "157600", "人次")] // line 255
    [InlineData("日极端最高气温为38.5℃。", "38.5", "℃", "38.5", "℃")] // line 299
    [InlineData("激活率99.88%,", "99.88", "%", "99.88", "%")] // line 150
    [InlineData("提供3.3万核CPU、13.1T内存", "3.3", "万核", "33000", "核")] // line 132
    [InlineData("农作物受灾面积754公顷,", "754", "公顷", "754", "公顷")] // line 289
    [InlineData("总计178116路,", "178116", "路", "178116", "路")] // line 154
    [InlineData("实现创建\"全国双拥模范城\"六连冠。", "六", "连冠", "6", "连冠")] // line 176
    [InlineData("开放数林指数第十名、", "十", "名", "10", "名")] // line 109
    [InlineData("分别获得团体第7名、", "7", "名", "7", "名")] // line 309
    [InlineData("民生实事等十方面,", "十", "方面", "10", "方面")] // line 23
    [InlineData("出现35℃以上高温天气36天,", "35", "℃", "35", "℃")] // line 299
    [InlineData("经过68个小时连续应急处置,", "68", "个小时", "68", "个小时")] // line 381
    [InlineData("市财政投入2000万元完成", "2000", "万元", "20000000", "元")] // line 196: a 4-digit number with a unit is not a year
    public void Parse_Figure_ReadsValueUnitAndNormalisation(string text, string value, string unit, string normalized, string normalizedUnit)
    {
        var figure = FigureParser.Parse(text).First(t => t.IsFigure && t.Value == value);

        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
        figure.NormalizedValue.Should().Be(decimal.Parse(normalized, System.Globalization.CultureInfo.InvariantCulture));
        figure.NormalizedUnit.Should().Be(normalizedUnit);
        text.Should().Contain(figure.Quote);
    }

    [Theory]
    [InlineData("2020年,绍兴市", NumberExclusions.Year)] // line 5
    [InlineData("与2014-2016年同期均值相比", NumberExclusions.Year)] // line 385
    [InlineData("吴小江等10人为2020绍兴\"最美", NumberExclusions.Year, 1)] // line 331: 2020 before a name
    [InlineData("6月30日凌晨", NumberExclusions.Date)] // line 289
    [InlineData("8月2日0时9分,", NumberExclusions.Date)] // line 377
    [InlineData("2020年1-3季度全市", NumberExclusions.Date, 1)] // line 93
    [InlineData("印发《2020年绍兴市政府数字化转型工作要点》", NumberExclusions.DocumentTitle)] // line 160
    [InlineData("打造\"15分钟应急救援圈\"", NumberExclusions.QuotedName)] // line 323
    [InlineData("平稳处置甬金高速\"6·7\"槽罐车", NumberExclusions.QuotedName)] // line 257
    [InlineData("第4号台风\"黑格比\"", NumberExclusions.Ordinal)] // line 285
    [InlineData("率先开通全省\"数据高铁\"24号线,", NumberExclusions.Ordinal)] // line 130
    [InlineData("G1512甬金高速", NumberExclusions.Code)] // heading, line 381
    [InlineData("绍兴广播电台FM103.5、", NumberExclusions.Code)] // line 255
    [InlineData("关于促进5G基础建设", NumberExclusions.Code)] // line 51
    [InlineData("完成浙政钉2.0迁移方案编制", NumberExclusions.Version)] // line 150
    [InlineData("全国119消防先进个人", NumberExclusions.ServiceNumber)] // line 385
    [InlineData("按照3:5:2完成", NumberExclusions.RatioNotation)] // line 439
    public void Parse_NotAFigure_IsExcludedWithItsReason(string text, string reason, int index = 0)
    {
        var token = FigureParser.Parse(text).Where(t => t.NumberStart >= 0).ElementAt(index);

        token.IsFigure.Should().BeFalse();
        token.Exclusion.Should().Be(reason);
    }

    [Fact]
    public void Parse_PercentageAfterAFall_IsNegative()
    {
        // line 230: 死亡47人,比2019年分别下降28.9%、37.3%
        var figures = FigureParser.Parse("全市发生生产安全事故59起、死亡47人,比2019年分别下降28.9%、37.3%;").Where(t => t.IsFigure).ToList();

        figures.Select(f => f.NormalizedValue).Should().Equal(59m, 47m, -28.9m, -37.3m);
        figures[2].Value.Should().Be("28.9", "the value stays as written");
    }

    [Fact]
    public void Parse_EveryNumberOfEveryEntry_IsAFigureOrJustlyExcluded()
    {
        var tokens = Yearbook.Default.Entries.SelectMany(e => FigureParser.Parse(e.Text)).ToList();
        var arabic = Yearbook.Default.Entries.Sum(e => System.Text.RegularExpressions.Regex.Count(e.Text, "[0-9]+(\\.[0-9]+)?"));
        var arabicTokens = tokens.Where(t => char.IsAsciiDigit(t.Value[0])).ToList();
        var byReason = arabicTokens.Where(t => !t.IsFigure).GroupBy(t => t.Exclusion!).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (reason, count) in byReason.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{reason}: {count}");
        }

        output.WriteLine($"numbers {arabic}, figures {arabicTokens.Count(t => t.IsFigure)}, excluded {arabicTokens.Count(t => !t.IsFigure)}");
        foreach (var t in arabicTokens.Where(t => !t.IsFigure))
        {
            output.WriteLine($"  {t.Exclusion}: {t.Quote}");
        }

        arabicTokens.Should().HaveCount(arabic, "every Arabic number of the texts is read");
        byReason.Keys.Should().BeSubsetOf(
        [
            NumberExclusions.DocumentTitle, NumberExclusions.QuotedName, NumberExclusions.Year, NumberExclusions.Date,
            NumberExclusions.Ordinal, NumberExclusions.Code, NumberExclusions.Version, NumberExclusions.ServiceNumber,
            NumberExclusions.RatioNotation,
        ]);
        arabicTokens.Count(t => t.IsFigure).Should().BeGreaterThan(450);
    }
}
