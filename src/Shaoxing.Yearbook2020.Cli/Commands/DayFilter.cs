namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>The days asked for by <c>--month</c>, <c>--date</c>, <c>--from</c> and <c>--to</c>: each absent or checked.</summary>
/// <param name="Month">A month of 2020 (1-12).</param>
/// <param name="Date">One day.</param>
/// <param name="From">The first day of a range.</param>
/// <param name="To">The last day of a range, never before <paramref name="From"/>.</param>
internal sealed record DayFilter(int? Month = null, DateOnly? Date = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>No day asked for: every record is kept.</summary>
    public static DayFilter None { get; } = new();

    /// <summary>Whether a range is asked for (<c>--from</c> or <c>--to</c>).</summary>
    public bool HasRange => From is not null || To is not null;

    /// <summary>Whether a day is in the month, on the date and in the range asked for.</summary>
    public bool Keeps(DateOnly day) =>
        (Month is not { } month || (day.Year == 2020 && day.Month == month))
        && (Date is not { } date || day == date)
        && (From is not { } from || day >= from)
        && (To is not { } to || day <= to);
}
