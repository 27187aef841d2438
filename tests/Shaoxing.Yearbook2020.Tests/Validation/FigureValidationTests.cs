using System.Collections.Frozen;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class FigureValidationTests
{
    private static readonly Yearbook Book = Yearbook.Default;

    [Fact]
    public void FigureValidator_QuoteNotInItsEntry_IsRefused()
    {
        var figure = Book.Figures.Find("safety-2020-accidents")! with { Quote = "60起", Value = "60" };

        var result = FigureValidator().Validate(figure);

        result.Errors.Should().Contain(e => e.ErrorMessage.Contains("not found in its entry", StringComparison.Ordinal));
    }

    [Fact]
    public void FigureValidator_BadIdAndMissingOwner_AreRefused()
    {
        var figure = Book.Figures.Find("safety-2020-accidents")! with { Id = "Bad Id", EntryId = null, Label = string.Empty };

        var result = FigureValidator().Validate(figure);

        result.Errors.Select(e => e.PropertyName).Should().Contain(nameof(Figure.Id)).And.Contain(nameof(Figure.Label));
        result.Errors.Should().Contain(e => e.ErrorMessage.Contains("exactly one entry or one table", StringComparison.Ordinal));
    }

    [Fact]
    public void FigureValidator_PercentageOutOfRange_IsRefused()
    {
        var figure = Book.Figures.Find("exam-pass-rate")! with { NormalizedValue = 180.88m };

        FigureValidator().Validate(figure).Errors.Select(e => e.PropertyName).Should().Contain(nameof(Figure.NormalizedValue));
    }

    [Fact]
    public void ConsistencyRuleValidator_UnknownFigureAndWrongArity_AreRefused()
    {
        var rule = Book.ConsistencyRules.Find("exam-pass-rate")! with
        {
            Operands = [new RuleOperand { Kind = RuleOperandKind.Figure, FigureId = "no-such-figure" }],
        };

        var result = RuleValidator().Validate(rule);

        result.Errors.Should().Contain(e => e.ErrorMessage.Contains("no-such-figure", StringComparison.Ordinal));
        result.Errors.Should().Contain(e => e.ErrorMessage.Contains("numerator and a denominator", StringComparison.Ordinal));
    }

    [Fact]
    public void ConsistencyRuleValidator_ExpectedFailureWithoutNote_IsRefused()
    {
        var rule = Book.ConsistencyRules.Find("exam-pass-rate")! with { ExpectedToHold = false, Note = null };

        RuleValidator().Validate(rule).Errors.Select(e => e.PropertyName).Should().Contain(nameof(ConsistencyRule.Note));
    }

    [Fact]
    public void RuleOperandValidator_UnknownRecordKind_IsRefused()
    {
        var operand = new RuleOperand { Kind = RuleOperandKind.RecordCount, RecordKind = "agendas", FigureId = "x" };

        var result = new RuleOperandValidator(FigureIds()).Validate(operand);

        result.Errors.Select(e => e.PropertyName).Should().Contain(nameof(RuleOperand.RecordKind)).And.Contain(nameof(RuleOperand.FigureId));
    }

    [Fact]
    public void RuleOperandValidator_ElapsedTimeWithoutItsClockTimesOrEndingFirst_IsRefused()
    {
        var validator = new RuleOperandValidator(FigureIds());
        var elapsed = Book.ConsistencyRules.Find("lng-6-7-handling-hours")!.Operands[0];

        validator.Validate(elapsed).IsValid.Should().BeTrue();
        validator.Validate(elapsed with { To = null }).Errors.Select(e => e.PropertyName).Should().Contain(nameof(RuleOperand.To));
        validator.Validate(elapsed with { From = elapsed.To, To = elapsed.From }).Errors
            .Should().Contain(e => e.ErrorMessage.Contains("ends after it begins", StringComparison.Ordinal));
        validator.Validate(new RuleOperand { Kind = RuleOperandKind.Figure, FigureId = "cloud-memory-s3e12", From = elapsed.From }).Errors
            .Select(e => e.PropertyName).Should().Contain(nameof(RuleOperand.From));
    }

    [Theory]
    [InlineData("TiB")]
    [InlineData("万")]
    public void RuleOperandValidator_UnitNoRuleConverts_IsRefused(string unit)
    {
        var operand = new RuleOperand { Kind = RuleOperandKind.Figure, FigureId = "cloud-memory-s3e12", Unit = unit };

        new RuleOperandValidator(FigureIds()).Validate(operand).Errors.Select(e => e.PropertyName).Should().Contain(nameof(RuleOperand.Unit));
    }

    private static FrozenSet<string> FigureIds() => Book.Figures.Select(f => f.Id).ToFrozenSet(StringComparer.Ordinal);

    private static DatasetFacts Facts() => new(Book.Dataset.SeedLineCount)
    {
        SectionIds = Book.Sections.Select(s => s.Id).ToFrozenSet(),
        EntryIds = Book.Entries.Select(e => e.Id).ToFrozenSet(),
    };

    private static FigureValidator FigureValidator() => new(
        Facts(),
        Book.Entries.ToFrozenDictionary(e => e.Id, e => e.Text),
        Book.Tables.ToFrozenDictionary(
            t => t.Id,
            t => t.Rows.GroupBy(r => r.Line).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => r.Cells)])));

    private static ConsistencyRuleValidator RuleValidator() => new(Facts(), FigureIds());
}
