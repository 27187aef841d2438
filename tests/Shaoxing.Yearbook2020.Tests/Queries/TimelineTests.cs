using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class TimelineTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Timeline_IsInDateOrder()
    {
        Data.Timeline.Select(r => r.Date!.Value).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Timeline_HoldsEveryDatedRecordOfEveryKind()
    {
        // Every kind whose records carry a date, from the kinds' registry: a new dated kind is counted without an edit here.
        var expected = Yearbook.Kinds
            .Where(k => typeof(IDatedRecord).IsAssignableFrom(k.RecordType))
            .SelectMany(k => k.RecordsIn(Data).Cast<IDatedRecord>())
            .Count(r => r.Date is not null);

        expected.Should().BeGreaterThan(24, "the 24 meetings are dated, and records of other kinds too");
        Data.Timeline.Should().HaveCount(expected);
        Data.Timeline.OfType<Meeting>().Should().HaveCount(24);
        Data.Timeline.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void DatedKinds_AreTheKindsWithADate()
    {
        Yearbook.Kinds.Where(k => typeof(IDatedRecord).IsAssignableFrom(k.RecordType)).Select(k => k.RecordType)
            .Should().BeEquivalentTo([typeof(Meeting), typeof(SafetyIncident), typeof(Honour), typeof(Caption)]);
    }

    [Fact]
    public void OnDay_TheDayOfThe8_2Accident_HoldsIt()
    {
        var day = Data.Timeline.OnDay(new DateOnly(2020, 8, 2));

        day.Should().Contain(Data.SafetyIncidents.FindByCode("8·2")!);
        day.Should().OnlyContain(r => r.Date == new DateOnly(2020, 8, 2));
    }

    [Fact]
    public void InMonth_July_HoldsItsMeetingsAndNothingElseOfAnotherMonth()
    {
        var july = Data.Timeline.InMonth(7);

        july.OfType<Meeting>().Should().BeEquivalentTo(Data.Meetings.InMonth(7));
        july.Should().OnlyContain(r => r.Date!.Value.Month == 7);
    }

    [Fact]
    public void Between_ARange_IsInclusiveAndReversedRangeThrows()
    {
        var from = new DateOnly(2020, 6, 7);
        var to = new DateOnly(2020, 6, 15);

        Data.Timeline.Between(from, to).Should().OnlyContain(r => r.Date >= from && r.Date <= to)
            .And.Contain(Data.SafetyIncidents.FindByCode("6·7")!)
            .And.Contain(Data.Meetings.OnDate(to));
        FluentActions.Invoking(() => Data.Timeline.Between(to, from)).Should().Throw<ArgumentException>().WithParameterName("to");
    }
}
