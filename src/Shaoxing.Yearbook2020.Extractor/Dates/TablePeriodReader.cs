using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Dates;

/// <summary>
/// Reads the period a table covers from its title: a year (<c>2020绍兴最美应急人一览表</c>, <c>2020年…</c>), a year's
/// months (<c>2020年1—10月</c>, <c>1—6月…</c>); a title that states none covers the chapter's year.
/// </summary>
internal static class TablePeriodReader
{
    private static readonly Regex Period = new(
        "(?:(?<y>[0-9]{4})年?)?(?:(?<m1>[0-9]{1,2})(?:(?:至|到|—|–|-|~)(?<m2>[0-9]{1,2}))?月)?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Reads a title's period.</summary>
    /// <param name="title">The table's title.</param>
    /// <param name="line">The title's seed line, for the error.</param>
    /// <returns>The first and last day and the words stating them (<see langword="null"/> where the title states none).</returns>
    /// <exception cref="ExtractorException">The title names a month that does not exist.</exception>
    public static (DateOnly Start, DateOnly End, string? Text) Read(string title, int line)
    {
        ArgumentNullException.ThrowIfNull(title);
        var folded = MeetingHeadReader.Fold(title);
        foreach (Match match in Period.Matches(folded))
        {
            if (match.Length == 0 || (match.Index > 0 && char.IsAsciiDigit(folded[match.Index - 1])))
            {
                continue;
            }

            var year = match.Groups["y"].Success ? SeedDigits.Parse(match.Groups["y"].ValueSpan, line) : ChineseDate.CoverageYear;
            var first = match.Groups["m1"].Success ? SeedDigits.Parse(match.Groups["m1"].ValueSpan, line) : 1;
            var last = match.Groups["m2"].Success ? SeedDigits.Parse(match.Groups["m2"].ValueSpan, line) : match.Groups["m1"].Success ? first : 12;
            if (!match.Groups["y"].Success && !match.Groups["m1"].Success)
            {
                continue;
            }

            var end = ChineseDate.Of(year, last, 1, line);
            return (ChineseDate.Of(year, first, 1, line), end.AddDays(DateTime.DaysInMonth(year, last) - 1), title.Substring(match.Index, match.Length));
        }

        return (new DateOnly(ChineseDate.CoverageYear, 1, 1), new DateOnly(ChineseDate.CoverageYear, 12, 31), null);
    }
}
