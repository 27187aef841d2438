using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class DateMentionValidationTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void EntryValidator_AcceptsEveryEntryAsShipped()
    {
        var validator = new EntryValidator(DatasetFacts.Of(Data));

        Data.Entries.Where(e => !e.Dates.IsEmpty).Should().OnlyContain(e => validator.Validate(e).IsValid);
    }

    [Fact]
    public void EntryValidator_RefusesADateWhoseSeedSpanIsNotTheDate()
    {
        // Line 333: 2020年3月25日至4月15日 opens 【护航复工复产安全生产攻坚行动】; one column on, the seed prints 020年3月…
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");
        var shifted = entry with { Dates = entry.Dates.SetItem(0, entry.Dates[0] with { Column = entry.Dates[0].Column + 1 }) };

        var errors = new EntryValidator(DatasetFacts.Of(Data)).Validate(shifted).Errors;

        errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("line 333");
    }

    [Fact]
    public void EntryValidator_RefusesADateThatIsNotTheTextAtItsStart()
    {
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");
        var moved = entry with { Dates = entry.Dates.SetItem(0, entry.Dates[0] with { Start = entry.Dates[0].Start + 2 }) };

        new EntryValidator(DatasetFacts.Of(Data)).Validate(moved).Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("text at its start");
    }
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - 5)]
    public void EntryValidator_RefusesADateStartingPastTheEndOfAnyText_WithoutThrowing(int start)
    {
        // A start near int.MaxValue once wrapped around when the date's length was added to it, passed the bounds
        // check and made the comparison throw instead of failing the rule.
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");
        var far = entry with { Dates = entry.Dates.SetItem(0, entry.Dates[0] with { Start = start }) };

        new EntryValidator(DatasetFacts.Of(Data)).Validate(far).Errors
            .Should().Contain(e => e.ErrorMessage.Contains("text at its start"));
    }

    [Fact]
    public void EntryValidator_RefusesASeedColumnPastTheEndOfTheLine_WithoutThrowing()
    {
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");
        var far = entry with { Dates = entry.Dates.SetItem(0, entry.Dates[0] with { Column = int.MaxValue - 2 }) };

        new EntryValidator(DatasetFacts.Of(Data)).Validate(far).Errors
            .Should().Contain(e => e.ErrorMessage.Contains("line 333"));
    }

    [Fact]
    public void EntryValidator_RefusesASegmentPastTheEndOfTheText_EvenWhereStartPlusLengthWrapsAround()
    {
        var entry = Data.Entries.Single(e => e.Heading == "护航复工复产安全生产攻坚行动");
        var far = entry with { Segments = entry.Segments.SetItem(0, entry.Segments[0] with { Start = int.MaxValue }) };

        new EntryValidator(DatasetFacts.Of(Data)).Validate(far).IsValid.Should().BeFalse();
    }
}
