using Shaoxing.Yearbook2020.Consistency;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Consistency;

public sealed class ConsistencyTests
{
    private static readonly Yearbook Book = Yearbook.Default;

    [Fact]
    public void CheckConsistency_ShippedData_EveryEvaluatedRuleIsAsExpected()
    {
        // The README's three-line example for a consumer's own test:
        var report = Yearbook.Default.CheckConsistency();
        report.Unexpected.Should().BeEmpty();
        report.Failing.Select(r => r.Rule.Id).Should().BeEquivalentTo(Yearbook.Default.ConsistencyRules.Where(r => !r.ExpectedToHold).Select(r => r.Id));
    }

    [Fact]
    public void ConsistencyRules_Cover_EverySectionWithAtLeastFortyRules()
    {
        Book.ConsistencyRules.Count.Should().BeGreaterThanOrEqualTo(40);
        var sections = Book.ConsistencyRules
            .SelectMany(r => r.Operands.Prepend(r.Result))
            .Select(o => o.FigureId is null ? null : Book.Figures.Find(o.FigureId))
            .Where(f => f?.EntryId is not null)
            .Select(f => Book.Entries.Find(f!.EntryId!)!.SectionId)
            .Distinct();
        sections.Should().BeEquivalentTo(["s1", "s2", "s3", "s4", "s5", "s6"]);
        Book.ConsistencyRules.Select(r => r.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ConsistencyRuleKind>());
    }

    [Theory]
    [InlineData("xueliang-video-points-sum", 178116)] // line 154: 53756+5443+29635+23106+27706+21401+17069
    [InlineData("exam-candidates-sum", 20656)] // line 275: 1927+18729
    [InlineData("exam-passed-sum", 16706)] // line 275: 1639+15067
    [InlineData("cross-region-services-sum", 603)] // line 449: 386+217
    [InlineData("quarantine-hazards-difference", 14)] // line 327: 362-348
    [InlineData("rescue-circles-in-use-sum", 46)] // line 323: 23+23
    [InlineData("rescue-circles-planned-sum", 33)] // line 323: 23+10
    [InlineData("t6-accidents-districts-sum", 59)] // 表6: 11+6+7+18+8+9
    [InlineData("t6-deaths-districts-sum", 47)] // 表6: 11+7+4+11+5+9
    [InlineData("most-beautiful-responders-table", 20)] // 表7 has 20 people; 吴小江等10人 + 唐红波等10人
    public void Evaluate_Sum_HoldsWithTheComputedTotal(string ruleId, int total)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Holds.Should().BeTrue(result.Computation);
        result.Computed.Should().Be(total);
        result.Computation.Should().EndWith("holds");
    }

    [Theory]
    [InlineData("exam-pass-rate", 80.877)] // 16706/20656, printed 80.88%
    [InlineData("exam-managers-pass-rate", 85.055)] // 1639/1927, printed 85.05%
    [InlineData("exam-special-operators-pass-rate", 80.447)] // 15067/18729, printed 80.45%
    [InlineData("zhezhengding-activation-rate", 99.884)] // 74166/74252, printed 99.88%
    [InlineData("copyright-suspected-share", 4.368)] // 207/4739, printed 4.37%
    [InlineData("rescue-circles-coverage-rate", 81.553)] // 84/103, printed 81.6%
    public void Evaluate_Ratio_HoldsAtThePrintedRounding(string ruleId, double rate)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Holds.Should().BeTrue(result.Computation);
        ((double)result.Computed!.Value).Should().BeApproximately(rate, 0.001);
    }

    [Theory]
    [InlineData("gov-info-parts", 634, 37905)] // line 17: 79+78+318+159 of 37905条
    [InlineData("veteran-contest-winners", 25, 85)] // line 204: 各5名 three times and 10 of 85 entrants
    [InlineData("explosion-8-2-in-table6", 2, 2)] // line 377 and 表6 柯桥区: the whole may be all of it
    [InlineData("tailings-ponds-checked", 6, 9)] // line 263: 1 suspended + 5 closed of 9
    public void Evaluate_PartOf_HoldsWhenThePartsDoNotExceedTheWhole(string ruleId, int parts, int whole)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Holds.Should().BeTrue(result.Computation);
        result.Computed.Should().Be(parts);
        result.Printed.Should().Be(whole);
        result.Computation.Should().Contain("≤ whole").And.EndWith("holds");
    }

    [Theory]
    [InlineData("cloud-memory-twice", 125.7764, 13.1)] // line 132 13.1T vs line 154 128795G = 128795 / 1024 T
    [InlineData("cloud-storage-twice", 4628, 602)] // 602T vs 4628T
    [InlineData("cloud-databases-twice", 312, 675)]
    [InlineData("cloud-hosts-twice", 2694, 3047)] // 云主机3047台 vs 虚拟机2694台
    [InlineData("lng-6-7-handling-hours", 65.7, 68)] // line 381: 6月7日22时18分 to 10日16时 is 65 h 42 min, printed 68个小时
    public void Evaluate_SourceDisagreement_FailsWithTheComputedNumbers(string ruleId, double computed, double printed)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Rule.ExpectedToHold.Should().BeFalse();
        result.Holds.Should().BeFalse(result.Computation);
        ((double)result.Computed!.Value).Should().BeApproximately(computed, 0.0001);
        ((double)result.Printed!.Value).Should().Be(printed);
    }

    [Fact]
    public void Evaluate_YearOnYear_ImpliesWholePreviousYearCounts()
    {
        // 表6 合计: 59 accidents −28.9% → 83 in 2019; 47 deaths −37.3% → 75 in 2019.
        var results = Book.CheckConsistency().Results;
        var accidents = results.Single(r => r.Rule.Id == "t6-total-accidents-year-on-year");
        accidents.Holds.Should().BeTrue();
        accidents.Computation.Should().Contain("previous 83");
        results.Single(r => r.Rule.Id == "t6-total-deaths-year-on-year").Computation.Should().Contain("previous 75");

        // 概况 (line 230) says the same in words: 下降28.9%、37.3%.
        results.Single(r => r.Rule.Id == "safety-accidents-year-on-year").Holds.Should().BeTrue();
        results.Single(r => r.Rule.Id == "safety-deaths-change-text-vs-table").Holds.Should().BeTrue();
    }

    [Theory]
    [InlineData("t6-2019-accidents-districts-sum", 82, 83)] // districts imply 15+9+10+25+10+13 = 82, 合计 implies 83
    [InlineData("t6-2019-deaths-districts-sum", 74, 75)] // districts imply 15+9+6+20+11+13 = 74, 合计 implies 75
    [InlineData("cloud-information-systems-twice", 508, 516)] // line 132: 516套, line 154: 508套
    [InlineData("cloud-cpu-cores-twice", 29997, 33000)] // line 132: 3.3万核, line 154: 29997核
    [InlineData("mobile-service-rate-two-sections", 97.7, 95)] // line 136: 95%, line 455: 97.7%
    [InlineData("zero-visit-rate-two-sections", 94.2, 93)] // line 136: 93%, line 455: 94.2%
    public void Evaluate_SourceInconsistency_FailsAsExpectedWithItsNumbers(string ruleId, double computed, double printed)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Holds.Should().BeFalse();
        result.IsAsExpected.Should().BeTrue();
        result.Rule.Note.Should().NotBeNullOrWhiteSpace();
        result.Computed.Should().Be((decimal)computed);
        result.Printed.Should().Be((decimal)printed);
        result.Computation.Should().Contain("does not hold");
    }

    [Fact]
    public void Evaluate_OperandInAnotherUnitOfTheMeasure_IsConvertedFirst_AndTheWordsSaySo()
    {
        // Line 132: 13.1T内存; line 154: 128795G内存.
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == "cloud-memory-twice");

        result.Computation.Should().StartWith("printed 13.1T; computed (128795 G ÷ 1024 = 125.7764 T)");
        result.Computation.Should().EndWith("does not hold: computed is 112.6764T more than printed");
    }

    [Theory]
    [InlineData("cloud-information-systems-twice", "printed 516套; computed 508套; does not hold: computed is 8套 less than printed")] // lines 132 and 154
    [InlineData("cloud-cpu-cores-twice", "printed 33000核; computed 29997核, tolerance ±500; does not hold: computed is 3003核 less than printed")] // 3.3万核 and 29997核
    [InlineData("exam-candidates-sum", "printed 20656人; computed 1927人 + 18729人 = 20656人; holds")] // line 275
    public void Evaluate_Computation_SaysWhatWasPrintedAndWhatWasComputed(string ruleId, string computation)
    {
        Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId).Computation.Should().Be(computation);
    }

    [Fact]
    public void CheckConsistency_EveryRule_IsEvaluated_NowThatEveryRecordKindExists()
    {
        var report = Book.CheckConsistency();

        report.NotEvaluated.Should().BeEmpty();
    }

    [Theory]
    [InlineData("plenary-meetings-count", 2)]
    [InlineData("executive-meetings-count", 22)]
    [InlineData("provincial-model-veterans-count", 4)]
    [InlineData("provincial-model-veteran-units-count", 2)]
    public void RecordCountRules_CountTheRecords_AndHold(string ruleId, int printed)
    {
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == ruleId);

        result.Holds.Should().BeTrue(result.Computation);
        result.Computed.Should().Be(printed);
    }

    [Fact]
    public void ConsistencyRules_EverySource_CoversItsFigures()
    {
        foreach (var rule in Book.ConsistencyRules)
        {
            foreach (var id in rule.Operands.Prepend(rule.Result).SelectMany(o => new[] { o.FigureId, o.ChangeFigureId }).OfType<string>())
            {
                var figure = Book.Figures.Find(id)!;
                figure.Source.Line.Should().BeInRange(rule.Source.Line, rule.Source.EndLine, rule.Id);
                string.Concat(Yearbook.Quote(rule.Source).Where(c => !char.IsWhiteSpace(c))).Should().Contain(figure.Value);
            }
        }
    }

    [Fact]
    public void Evaluate_FiguresInUnitsOfDifferentSizes_ConvertsBeforeComparing()
    {
        // Line 132: 13.1T内存; line 154: 128795G内存, which at 1024G to the terabyte is 125.78T.
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == "cloud-memory-twice");

        result.Rule.Operands.Should().ContainSingle().Which.Unit.Should().Be("T");
        result.Computed.Should().Be(128795m / 1024m);
        result.Computation.Should().Contain("128795 G ÷ 1024 = 125.7764 T");
        result.Rule.Note.Should().Contain("1024");
    }

    [Fact]
    public void Evaluate_FiguresInUnitsOfDifferentSizesWithoutAConversion_IsNotEvaluated()
    {
        var rule = Book.ConsistencyRules.Single(r => r.Id == "cloud-memory-twice");
        var unconverted = rule with { Operands = [rule.Operands[0] with { Unit = null }] };

        var result = ConsistencyEvaluator.Evaluate(Book, unconverted);

        result.IsEvaluated.Should().BeFalse();
        result.Computation.Should().Contain("units of different sizes (T, G)");
    }

    [Theory]
    [InlineData("G", 128795, "T", 125.7763671875)]
    [InlineData("T", 13.1, "G", 13414.4)]
    [InlineData("天", 2, "小时", 48)]
    [InlineData("分钟", 90, "个小时", 1.5)]
    public void Convert_UnitsOfOneKind_ConvertsByTheirSizes(string from, double value, string to, double converted)
    {
        UnitConversion.Convert((decimal)value, from, to).Value.Should().Be((decimal)converted);
    }

    [Theory]
    [InlineData("G", "小时")]
    [InlineData("人", "T")]
    [InlineData(null, "T")]
    public void Convert_UnitsOfDifferentKinds_GivesNoValueAndSaysWhy(string? from, string to)
    {
        var (value, words) = UnitConversion.Convert(1m, from, to);

        value.Should().BeNull();
        words.Should().Contain("cannot be converted to " + to);
    }

    [Fact]
    public void Evaluate_ElapsedTime_CountsTheHoursBetweenTheClockTimes()
    {
        // Line 381: 2020年6月7日22时18分 … 经过68个小时连续应急处置,在10日16时成功将罐体转移至安全地带.
        var result = Book.CheckConsistency().Results.Single(r => r.Rule.Id == "lng-6-7-handling-hours");
        var elapsed = result.Rule.Operands.Should().ContainSingle().Which;

        elapsed.Kind.Should().Be(RuleOperandKind.Elapsed);
        (elapsed.From!.Date, elapsed.From.Time, elapsed.To!.Date, elapsed.To.Time).Should().Be(
            (new DateOnly(2020, 6, 7), new TimeOnly(22, 18), new DateOnly(2020, 6, 10), new TimeOnly(16, 0)));
        result.Computed.Should().Be(65m + (42m / 60m));
        result.Printed.Should().Be(68m);
        result.Holds.Should().BeFalse();
        result.IsAsExpected.Should().BeTrue();
        result.Rule.Note.Should().Contain("65.7");
    }

    [Fact]
    public void Evaluate_ElapsedTime_FollowsItsClockTimes()
    {
        // To the road's reopening at 18时 the handling would have lasted 67.7 hours, 68 as printed.
        var rule = Book.ConsistencyRules.Single(r => r.Id == "lng-6-7-handling-hours");
        var elapsed = rule.Operands[0];
        var reopened = elapsed with { To = elapsed.To! with { Time = new TimeOnly(18, 0), Quote = "18时" } };

        var result = ConsistencyEvaluator.Evaluate(Book, rule with { Operands = [reopened] });

        result.Holds.Should().BeTrue(result.Computation);
        result.Computation.Should().Contain("2020-06-07 22:18 → 2020-06-10 18:00");
    }
}
