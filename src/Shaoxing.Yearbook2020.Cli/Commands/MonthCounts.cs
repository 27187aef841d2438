using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>--by-month</c>: how many of a command's records fall in each month of 2020, as a bar chart or JSON.</summary>
internal static class MonthCounts
{
    /// <summary>Counts the dates per month and writes the counts, with the number of dates no month counts.</summary>
    /// <param name="answer">Where and how to write.</param>
    /// <param name="kind">What is counted, as the JSON names it (<c>meetings</c>).</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="dates">The records' dates.</param>
    public static void Write(Answer answer, string kind, string title, IReadOnlyCollection<DateOnly?> dates)
    {
        var counts = MonthChart.Counts(dates);
        var uncounted = dates.Count - counts.Sum();
        if (answer.IsJson)
        {
            MonthChart.WriteJson(answer.Output, kind, counts, uncounted);
        }
        else
        {
            MonthChart.Write(answer.Console, title, counts, uncounted);
        }
    }
}
