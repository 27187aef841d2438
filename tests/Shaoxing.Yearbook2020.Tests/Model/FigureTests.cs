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
    public void Figures_BoundedNumbers_CarryTheirQualifier()
    {
        // line 152: 48万余人 is more than 480000, not about it; line 130: 约10亿次 is about; line 150: 激活用户74166人 is exact.
        var moreThan = Book.Figures.InEntry("s3-e11").Single(f => f.Value == "48");
        moreThan.Qualifier.Should().Be(FigureQualifier.MoreThan);
        moreThan.IsApproximate.Should().BeFalse();
        Book.Figures.InEntry("s3-e05").Single(f => f.Value == "10" && f.Unit == "亿次").Qualifier.Should().Be(FigureQualifier.Approximate);
        Book.Figures.Find("zhezhengding-activated-users")!.Qualifier.Should().Be(FigureQualifier.Exact);
        Book.Figures.Find("mobile-service-rate-s6e05")!.Qualifier.Should().Be(FigureQualifier.AtLeast); // line 455: 97.7%以上
    }

    [Fact]
    public void Figures_Ranks_AreMarked_AndCountsWithTheSameUnitsAreNot()
    {
        // line 5: 城市综合经济实力居全国第31位; line 109: 入选数列全省第3位 … 入选数列全省第一位; line 425, the fire brigade
        // contest: 分获各组别第一名, 代表团分获团体前三名 (at most third). Counts in 名: line 311, 9支社会救援队伍90名队员;
        // line 325, 专业工程师134名.
        Book.Figures.Find("s1-e01-f01")!.Should().Match<Figure>(f => f.IsRank && f.Quote == "第31位" && f.NormalizedValue == 31);
        Book.Figures.InEntry("s3-e01").Where(f => f.IsRank).Select(f => f.Quote).Should().Equal("第3位", "第一位", "第十名", "第二名");
        Book.Figures.InEntry("s5-e47").Single(f => f.Quote == "前三名").Should().Match<Figure>(f => f.IsRank && f.Qualifier == FigureQualifier.AtMost);
        Book.Figures.Single(f => f.Quote == "90名").IsRank.Should().BeFalse();
        Book.Figures.Single(f => f.Quote == "134名").IsRank.Should().BeFalse();

        // Every 第N位/第N名/前N名 the entry texts print around a figure is a rank, and nothing else is.
        var ranks = Book.Figures.Where(f => f.IsRank).ToList();
        ranks.Should().HaveCount(16).And.OnlyContain(f => f.EntryId != null && (f.Unit == "位" || f.Unit == "名"));
        var rankPhrases = Book.Entries.Sum(e => System.Text.RegularExpressions.Regex.Count(e.Text, "(第[0-9一二三四五六七八九十]+[位名])|(前[一二三四五六七八九十]+名)"));
        ranks.Should().HaveCount(rankPhrases);
    }

    [Fact]
    public void Figures_EveryQualifier_MatchesTheWordsAroundItsQuote()
    {
        // Each bounding word of the text, wherever it stands next to a figure, is read as the same qualifier.
        foreach (var figure in Book.Figures.Where(f => f.EntryId is not null))
        {
            var text = Book.Entries.Find(figure.EntryId!)!.Text;
            var at = text.IndexOf(figure.Quote, StringComparison.Ordinal);
            var before = text[Math.Max(0, at - 4)..at];
            var after = text[(at + figure.Quote.Length)..Math.Min(text.Length, at + figure.Quote.Length + 5)];
            var expected = after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("(含)以上", StringComparison.Ordinal) || before.EndsWith("不少于", StringComparison.Ordinal)
                ? FigureQualifier.AtLeast
                : after.StartsWith("以下", StringComparison.Ordinal) || figure.Quote.StartsWith('前')
                    ? FigureQualifier.AtMost
                    : figure.Quote.Contains('余', StringComparison.Ordinal) || figure.Quote.Contains('多', StringComparison.Ordinal)
                        || before.EndsWith('超') || before.EndsWith("超过总数", StringComparison.Ordinal) || before.EndsWith("突破", StringComparison.Ordinal)
                        ? FigureQualifier.MoreThan
                        : before.EndsWith('约') ? FigureQualifier.Approximate : FigureQualifier.Exact;
            figure.Qualifier.Should().Be(expected, $"{figure.Id}: …{before}[{figure.Quote}]{after}…");
            figure.IsApproximate.Should().Be(expected == FigureQualifier.Approximate, figure.Id);
        }

        Book.Figures.Count(f => f.Qualifier == FigureQualifier.MoreThan).Should().Be(22);
        Book.Figures.Count(f => f.Qualifier == FigureQualifier.AtLeast).Should().Be(10);
        Book.Figures.Count(f => f.Qualifier == FigureQualifier.Approximate).Should().Be(3);
        Book.Figures.Count(f => f.Qualifier == FigureQualifier.AtMost).Should().Be(2);
    }

    /// <summary>Words that scope, link or introduce a number: never what it counts.</summary>
    private static readonly string[] NotALabel =
        ["全市", "全省", "全国", "市本级", "市、县两级", "为", "提供", "对", "共", "先后", "其中", "其余", "剩余", "分别", "和", "及", "累计", "从", "在", "等"];

    /// <summary>Scope words and connectives that may not open a label.</summary>
    private static readonly string[] NotALabelStart = ["全市", "全省", "全国", "市本级", "其中", "其余", "剩余", "先后", "分别", "累计", "为全市", "提供"];

    [Fact]
    public void Figures_EveryEntryFigure_IsLabelledFromItsOwnSentenceWithWhatItCounts()
    {
        var entryFigures = Book.Figures.Where(f => f.EntryId is not null).ToList();
        entryFigures.Should().HaveCountGreaterThan(500);
        foreach (var figure in entryFigures)
        {
            var text = Book.Entries.Find(figure.EntryId!)!.Text;
            var sentences = text.Split(['。', ';', '；', '\n'])
                .Where(s => s.Contains(figure.Quote, StringComparison.Ordinal))
                .Select(Unquoted)
                .ToList();
            var label = Unquoted(figure.Label);

            sentences.Should().Contain(
                s => s.Contains(label, StringComparison.Ordinal) || IsTwoPartsOf(label, s),
                $"{figure.Id} ({figure.Quote}) is labelled '{figure.Label}', which its sentence does not print");
            NotALabel.Should().NotContain(figure.Label, figure.Id);
            NotALabelStart.Should().NotContain(w => figure.Label.StartsWith(w, StringComparison.Ordinal), $"{figure.Id}: '{figure.Label}'");
            if (figure.Scope is not null)
            {
                sentences.Should().Contain(s => s.Contains(figure.Scope, StringComparison.Ordinal), figure.Id);
            }
        }
    }

    [Theory]
    [InlineData("explosive-workshops", "涉爆车间", "全市")] // line 257: 全市292个涉爆车间
    [InlineData("cloud-information-systems-s3e06", "信息系统", "全市")] // line 132: 为全市516套信息系统
    [InlineData("cloud-cpu-cores-s3e06", "CPU", null)] // line 132: 提供3.3万核CPU
    [InlineData("cloud-memory-s3e06", "内存", null)] // line 132: 13.1T内存
    [InlineData("key-fire-safety-units-s5e45", "重点单位", null)] // line 421: 103个镇街、1446家重点单位
    [InlineData("s5-e18-f02", "行政村", null)] // line 301: 3个乡镇11个行政村
    [InlineData("s3-e11-f05", "迭代升级", null)] // line 152: 先后3次迭代升级
    [InlineData("xueliang-video-points-keqiao", "市级总平台已汇聚全市一、二、三类视频监控点位", "柯桥区")] // line 154
    [InlineData("safety-2020-deaths-change", "死亡下降", null)] // line 230: 分别下降28.9%、37.3%
    public void Find_IssueExample_IsLabelledWithWhatItCounts(string id, string label, string? scope)
    {
        var figure = Book.Figures.Find(id)!;

        figure.Label.Should().Be(label);
        figure.Scope.Should().Be(scope);
    }

    private static string Unquoted(string text) => new([.. text.Where(c => c is not ('"' or '“' or '”' or '\'' or '‘' or '’'))]);

    /// <summary>A label joined from two phrases of its sentence: the figure a percentage after 分别 belongs to, and the verb.</summary>
    // A label may join up to three pieces its sentence prints apart: the noun of a grade (严重 + 受损 + 房屋, line 289), the
    // object of a rate (政务服务事项 + 一网通办网上办事 + 实现率, line 136).
    private static bool IsTwoPartsOf(string label, string sentence) => IsPartsOf(label, sentence, 3);

    private static bool IsPartsOf(string label, string sentence, int pieces) =>
        sentence.Contains(label, StringComparison.Ordinal)
        || (pieces > 1 && Enumerable.Range(1, Math.Max(0, label.Length - 1))
            .Any(i => sentence.Contains(label[..i], StringComparison.Ordinal) && IsPartsOf(label[i..], sentence, pieces - 1)));

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
