using System.Globalization;
using System.Text.RegularExpressions;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>Builds the dates the text prints (2020年5月13日, 5月13日, 10月) from their numbers, checked.</summary>
/// <remarks>A date that does not exist (2月30日) is damage in the text, so it fails as an
/// <see cref="ExtractorException"/> naming the seed line, never as an <see cref="ArgumentOutOfRangeException"/>.</remarks>
public static class ChineseDate
{
    /// <summary>The year the chapter covers: a date printed without its year falls in it.</summary>
    public const int CoverageYear = 2020;

    /// <summary>Builds a date from its year, month and day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="line">The seed line the date was read from, for the error.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ExtractorException">No such day exists.</exception>
    public static DateOnly Of(int year, int month, int day, int line) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : throw new ExtractorException(line, FormattableString.Invariant($"the date {year}年{month}月{day}日 does not exist."));

    /// <summary>Builds a date of the coverage year from its month and day.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="line">The seed line the date was read from, for the error.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ExtractorException">No such day exists.</exception>
    public static DateOnly Of(int month, int day, int line) => Of(CoverageYear, month, day, line);

    /// <summary>Builds a date from a match's groups <c>y</c> (optional: the coverage year when absent),
    /// <c>m</c> and <c>d</c>.</summary>
    /// <param name="match">A successful match.</param>
    /// <param name="line">The seed line it was read from, for the error.</param>
    /// <param name="year">The group holding the year.</param>
    /// <param name="month">The group holding the month.</param>
    /// <param name="day">The group holding the day.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ExtractorException">A group is not a number, or no such day exists.</exception>
    public static DateOnly FromMatch(Match match, int line, string year = "y", string month = "m", string day = "d")
    {
        ArgumentNullException.ThrowIfNull(match);
        var y = match.Groups[year] is { Success: true } g ? Number(g.Value, line) : CoverageYear;
        return Of(y, Number(match.Groups[month].Value, line), Number(match.Groups[day].Value, line), line);
    }

    /// <summary>The month <c>yyyy-MM</c> of the coverage year, for a date printed only to the month (10月).</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="line">The seed line it was read from, for the error.</param>
    /// <returns>The month, e.g. <c>2020-10</c>.</returns>
    /// <exception cref="ExtractorException">The month is not 1 to 12.</exception>
    public static string Month(int month, int line) =>
        month is >= 1 and <= 12
            ? FormattableString.Invariant($"{CoverageYear:D4}-{month:D2}")
            : throw new ExtractorException(line, FormattableString.Invariant($"{month}月 is not a month."));

    private static int Number(string digits, int line) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ExtractorException(line, $"'{digits}' is not a whole number");
}
