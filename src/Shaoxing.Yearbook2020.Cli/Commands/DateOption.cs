using System.Globalization;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Days on the command line: how a day is read (<see cref="DayOptions"/>) and shown, both <c>yyyy-MM-dd</c>.</summary>
internal static class DateOption
{
    /// <summary>How a day is written: <c>yyyy-MM-dd</c>.</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>Reads the value of a date option (white space around it is ignored).</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>What to say when a date option's value is not a day.</summary>
    public static string NotADate(string option, string text) => $"{option} takes a date written {Format}, e.g. 2020-07-16, not '{text}'.";

    /// <summary>What to say when <c>--to</c> is before <c>--from</c>.</summary>
    public static string Reversed(DateOnly from, DateOnly to) => $"--to ({Text(to)}) is before --from ({Text(from)}).";

    /// <summary>A day as the commands show it.</summary>
    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A day as the commands show it, or <c>-</c> where there is none.</summary>
    public static string Text(DateOnly? date) => date is { } day ? Text(day) : "-";
}
