using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Dates;

/// <summary>
/// Reads every date a text names, by the families yearbooks print: a day with or without its year (2020年5月13日,
/// 5月13日), a range of days (8月11日至12日, 5月13—14日, 5月31日至6月1日), a ten-day period (11月上旬), a month (10月,
/// 2020年11月) and a range of months (6月至7月, 1—10月); full-width digits read as ASCII ones.
/// </summary>
/// <remarks>
/// A date without its year takes the year of the last date of its clause that prints one (2019年12月20日至25日),
/// else <see cref="ChineseDate.CoverageYear"/>; a range whose end month is before its start month ends the next year.
/// A number directly after a digit, a point or 第 is not a month. A day that does not exist is damage and fails.
/// </remarks>
internal static class DateMentionReader
{
    // The backtracking engine, with a timeout: the pattern's quantifiers are all bounded, so a match costs a few steps
    // per character, and the non-backtracking engine of .NET 10 loses matches of it (of `(?:[0-9]{4}年)?[0-9]{1,2}月`
    // in a 9,000-character entry, Matches finds only the last of 22).
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string Day = "[0-9]{1,2}";
    private const string Part = "上旬|中旬|下旬";
    private const string To = "(?:至|到|—|–|-|~)";

    private static readonly Regex Mention = new(
        $"(?:(?<y>[0-9]{{4}})年)?(?:(?<m0>{Day}){To})?(?<m>{Day})月(?:(?<d>{Day})(?:日|{To}(?<d2>{Day})日)|(?<part>{Part}))?"
        + $"(?:{To}(?:(?:(?<y2>[0-9]{{4}})年)?(?<m2>{Day})月(?:(?<d2>{Day})日|(?<part2>{Part}))?|(?<d2>{Day})日))?",
        Options,
        TimeSpan.FromSeconds(1));

    /// <summary>Where a clause ends: a year printed in one clause says nothing of the dates of the next.</summary>
    private static readonly SearchValues<char> ClauseStops = SearchValues.Create("。!！?？;；,，\n");

    /// <summary>Reads the dates of a text.</summary>
    /// <param name="text">An entry's or a caption's repaired text.</param>
    /// <param name="lineAt">The seed line of a position of the text, for the error of a day that does not exist.</param>
    /// <returns>The dates in text order.</returns>
    /// <exception cref="ExtractorException">A date names a day or month that does not exist.</exception>
    public static ImmutableArray<ReadDate> Read(string text, Func<int, int> lineAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lineAt);
        var folded = MeetingHeadReader.Fold(text);
        var dates = ImmutableArray.CreateBuilder<ReadDate>();
        int? clauseYear = null;
        var scanned = 0;
        foreach (Match match in Mention.Matches(folded))
        {
            if (folded.AsSpan(scanned, match.Index - scanned).IndexOfAny(ClauseStops) >= 0)
            {
                clauseYear = null;
            }

            scanned = match.Index;
            if (match.Index > 0 && (char.IsAsciiDigit(folded[match.Index - 1]) || folded[match.Index - 1] is '.' or '第' or '/'))
            {
                continue;
            }

            var line = lineAt(match.Index);
            var yearPrinted = match.Groups["y"].Success;
            var year = yearPrinted ? Number(match.Groups["y"], line) : clauseYear ?? ChineseDate.CoverageYear;
            if (yearPrinted)
            {
                clauseYear = year;
            }

            var month = Number(match.Groups["m"], line);
            var (date, end, precision) = match.Groups["d"].Success
                ? (ChineseDate.Of(year, month, Number(match.Groups["d"], line), line), (DateOnly?)null, DatePrecision.Day)
                : match.Groups["part"].Success
                    ? (TenDays(year, month, match.Groups["part"].Value, line).First, TenDays(year, month, match.Groups["part"].Value, line).Last, DatePrecision.TenDays)
                    : (ChineseDate.Of(year, match.Groups["m0"].Success ? Number(match.Groups["m0"], line) : month, 1, line), LastOfMonth(year, month, line), DatePrecision.Month);

            if (match.Groups["d2"].Success || match.Groups["m2"].Success || match.Groups["part2"].Success)
            {
                var endMonth = match.Groups["m2"].Success ? Number(match.Groups["m2"], line) : month;
                var endYear = match.Groups["y2"].Success ? Number(match.Groups["y2"], line) : endMonth < month ? year + 1 : year;
                end = match.Groups["d2"].Success ? ChineseDate.Of(endYear, endMonth, Number(match.Groups["d2"], line), line)
                    : match.Groups["part2"].Success ? TenDays(endYear, endMonth, match.Groups["part2"].Value, line).Last
                    : LastOfMonth(endYear, endMonth, line);
            }

            var last = end ?? date;
            if (last < date)
            {
                throw new ExtractorException(line, $"the date '{text.Substring(match.Index, match.Length)}' ends before it begins.");
            }

            dates.Add(new ReadDate(match.Index, text.Substring(match.Index, match.Length), date, last, precision, yearPrinted));
        }

        return dates.ToImmutable();
    }

    /// <summary>The days of a ten-day period: 上旬 the 1st to the 10th, 中旬 the 11th to the 20th, 下旬 the 21st to the end.</summary>
    private static (DateOnly First, DateOnly Last) TenDays(int year, int month, string part, int line) => part switch
    {
        "上旬" => (ChineseDate.Of(year, month, 1, line), ChineseDate.Of(year, month, 10, line)),
        "中旬" => (ChineseDate.Of(year, month, 11, line), ChineseDate.Of(year, month, 20, line)),
        _ => (ChineseDate.Of(year, month, 21, line), LastOfMonth(year, month, line)),
    };

    private static DateOnly LastOfMonth(int year, int month, int line) =>
        ChineseDate.Of(year, month, month is >= 1 and <= 12 && year is >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : 1, line);

    private static int Number(Group group, int line) => SeedDigits.Parse(group.ValueSpan, line);
}
