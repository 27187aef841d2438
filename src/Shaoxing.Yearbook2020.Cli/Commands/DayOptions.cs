using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// The one kind of day option: <c>--month</c> (a month of 2020), <c>--date</c> (a day) and <c>--from</c>/<c>--to</c> (a
/// range), whichever a command takes, each read and checked while the command line is parsed, into a <see cref="DayFilter"/>.
/// </summary>
internal sealed class DayOptions
{
    private readonly Option<int?>? month;
    private readonly Option<DateOnly?>? date;
    private readonly Option<DateOnly?>? from;
    private readonly Option<DateOnly?>? to;

    /// <summary>Declares the day options of a command.</summary>
    /// <param name="records">The records kept, as the help names them: "meetings held", "incidents that began".</param>
    /// <param name="month">Whether the command takes <c>--month</c>.</param>
    /// <param name="date">Whether it takes <c>--date</c>.</param>
    /// <param name="range">Whether it takes <c>--from</c> and <c>--to</c>.</param>
    /// <param name="monthWord">The word before "this month" in the help ("in", "of").</param>
    /// <param name="dateDescription">The help of <c>--date</c>, where it is not a filter.</param>
    public DayOptions(string records, bool month = false, bool date = false, bool range = false, string monthWord = "in", string? dateDescription = null)
    {
        if (month)
        {
            this.month = CheckedOption.Register(new Option<int?>("--month") { Description = $"Only {records} {monthWord} this month of 2020 (1-12).", CustomParser = ParseMonth });
        }

        if (date)
        {
            this.date = Day("--date", dateDescription ?? $"Only {records} on this day ({DateOption.Format}).");
        }

        if (range)
        {
            from = Day("--from", $"Only {records} on or after this day ({DateOption.Format}).");
            to = Day("--to", $"Only {records} on or before this day ({DateOption.Format}).");
            var first = from;
            to.Validators.Add(result =>
            {
                if (DayOf(result.GetResult(first)) is { } start && DayOf(result) is { } end && end < start)
                {
                    result.AddError(DateOption.Reversed(start, end));
                }
            });
        }
    }

    /// <summary>The options, in the order the help lists them.</summary>
    public IEnumerable<Option> Options => new Option?[] { month, date, from, to }.OfType<Option>();

    /// <summary>The days a command line that parsed without errors asks for.</summary>
    public DayFilter Read(ParseResult parsed) => new(
        month is null ? null : parsed.GetValue(month),
        date is null ? null : parsed.GetValue(date),
        from is null ? null : parsed.GetValue(from),
        to is null ? null : parsed.GetValue(to));

    private static Option<DateOnly?> Day(string name, string description) =>
        CheckedOption.Register(new Option<DateOnly?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = Token(result);
                if (DateOption.TryParse(text, out var day))
                {
                    return day;
                }

                result.AddError(DateOption.NotADate(name, text));
                return null;
            },
        });

    private static int? ParseMonth(ArgumentResult result)
    {
        var text = Token(result);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var month))
        {
            result.AddError($"--month must be a number between 1 and 12, not '{text}'.");
            return null;
        }

        if (month is < 1 or > 12)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--month must be between 1 and 12, not {month}."));
        }

        return month;
    }

    // The day a date option's token holds, or null when it is absent or not a day (its own parser says so).
    private static DateOnly? DayOf(OptionResult? result) =>
        result is { Tokens.Count: > 0 } && DateOption.TryParse(result.Tokens[0].Value, out var day) ? day : null;

    private static string Token(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
}
