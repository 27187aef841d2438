using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>Reads the clock times a text prints (2020年6月7日22时18分, 10日16时, 18时), in text order.</summary>
/// <remarks>A time that leaves out its year, month or day takes them from the time printed before it, as a reader does
/// (10日16时 after 6月7日22时18分 is 10 June); the first takes what it lacks from the coverage year and fails without a
/// day. Hours are 0 to 24 (24时 is midnight at the day's end), minutes 0 to 59; 小时 is a duration, never a clock time.</remarks>
public static partial class ClockTimes
{
    /// <summary>Reads every clock time of a text.</summary>
    /// <param name="text">An entry's repaired text.</param>
    /// <param name="line">The seed line, for an error.</param>
    /// <returns>The clock times, in text order.</returns>
    /// <exception cref="ExtractorException">A time names no day and none came before it, or a number is out of range.</exception>
    public static ImmutableArray<ClockTime> Read(string text, int line)
    {
        ArgumentNullException.ThrowIfNull(text);
        var times = ImmutableArray.CreateBuilder<ClockTime>();
        DateOnly? previous = null;
        foreach (Match match in Pattern().Matches(text))
        {
            var day = match.Groups["d"].Success ? Number(match, "d", line) : previous?.Day;
            if (day is null)
            {
                throw new ExtractorException(line, $"the clock time '{match.Value}' names no day, and no time before it does.");
            }

            var year = match.Groups["y"].Success ? Number(match, "y", line) : previous?.Year ?? ChineseDate.CoverageYear;
            var month = match.Groups["m"].Success ? Number(match, "m", line) : previous?.Month
                ?? throw new ExtractorException(line, $"the clock time '{match.Value}' names no month, and no time before it does.");
            var date = ChineseDate.Of(year, month, day.Value, line);
            var hour = Number(match, "h", line);
            var minute = match.Groups["min"].Success ? Number(match, "min", line) : 0;
            if (hour > 24 || minute > 59 || (hour == 24 && minute > 0))
            {
                throw new ExtractorException(line, $"'{match.Value}' is not a time of day.");
            }

            // 24时 is the end of its day: the next day's 00:00.
            if (hour == 24)
            {
                date = date.AddDays(1);
                hour = 0;
            }

            times.Add(new ClockTime { Date = date, Time = new TimeOnly(hour, minute), Quote = match.Value });
            previous = date;
        }

        return times.ToImmutable();
    }

    private static int Number(Match match, string group, int line) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ExtractorException(line, $"'{match.Groups[group].Value}' in '{match.Value}' is not a whole number.");

    [GeneratedRegex(@"(?:(?:(?:(?<y>\d{4})年)?(?<m>\d{1,2})月)?(?<d>\d{1,2})日)?(?<![\d.])(?<h>\d{1,2})时(?:(?<min>\d{1,2})分)?")]
    private static partial Regex Pattern();
}
