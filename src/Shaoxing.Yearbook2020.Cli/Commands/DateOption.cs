using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Days on the command line: how a date option is read and a day is shown, both <c>yyyy-MM-dd</c>.</summary>
internal static class DateOption
{
    private const string Format = "yyyy-MM-dd";

    /// <summary>Reads the value of a date option (white space around it is ignored).</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>What to say when a date option's value is not a day.</summary>
    public static string NotADate(string option, string text) => $"{option} takes a date written {Format}, e.g. 2020-07-16, not '{text}'.";

    /// <summary>What to say when <c>--to</c> is before <c>--from</c>.</summary>
    public static string Reversed(DateOnly from, DateOnly to) => $"--to ({Text(to)}) is before --from ({Text(from)}).";

    /// <summary>Reads the values of <c>--from</c> and <c>--to</c>, either of which may be absent.</summary>
    /// <returns>False, with the message to print, when a value is not a day or <c>--to</c> is before <c>--from</c>.</returns>
    public static bool TryReadRange(string? fromText, string? toText, out DateOnly? from, out DateOnly? to, [NotNullWhen(false)] out string? problem)
    {
        from = to = null;
        problem = null;
        if (fromText is not null)
        {
            if (!TryParse(fromText, out var day))
            {
                problem = NotADate("--from", fromText);
                return false;
            }

            from = day;
        }

        if (toText is not null)
        {
            if (!TryParse(toText, out var day))
            {
                problem = NotADate("--to", toText);
                return false;
            }

            to = day;
        }

        if (from is { } first && to is { } last && last < first)
        {
            problem = Reversed(first, last);
            return false;
        }

        return true;
    }

    /// <summary>A day as the commands show it.</summary>
    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A day as the commands show it, or <c>-</c> where there is none.</summary>
    public static string Text(DateOnly? date) => date is { } day ? Text(day) : "-";
}
