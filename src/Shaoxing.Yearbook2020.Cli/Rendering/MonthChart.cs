using System.Collections.Immutable;
using System.Globalization;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>Counts of records per month of 2020, drawn as a bar chart or written as JSON.</summary>
internal static class MonthChart
{
    private static readonly string[] MonthNames = [.. Enumerable.Range(1, 12).Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m))];

    /// <summary>How many of the dates fall in each month of 2020.</summary>
    /// <param name="dates">The records' dates.</param>
    /// <returns>Twelve counts, January first; a missing date, or one outside 2020, is not counted.</returns>
    public static ImmutableArray<int> Counts(IEnumerable<DateOnly?> dates)
    {
        var counts = new int[12];
        foreach (var date in dates)
        {
            if (date is { Year: 2020 } day)
            {
                counts[day.Month - 1]++;
            }
        }

        return [.. counts];
    }

    /// <summary>Draws one bar per month, every month included, so that an empty month shows as a zero bar.</summary>
    /// <param name="console">Where the chart goes.</param>
    /// <param name="label">What is counted, e.g. <c>Meetings per month, 2020</c>.</param>
    /// <param name="counts">Twelve counts, January first.</param>
    /// <param name="uncounted">How many records were left out for want of a date in 2020, stated under the chart.</param>
    public static void Write(IAnsiConsole console, string label, ImmutableArray<int> counts, int uncounted)
    {
        BarLines.Write(console, label, [.. counts.Select((count, i) => (MonthNames[i], count))]);
        var total = counts.Sum().ToString(CultureInfo.InvariantCulture);
        console.WriteWrapped(uncounted == 0
            ? $"{total} in all."
            : $"{total} in all; {uncounted.ToString(CultureInfo.InvariantCulture)} more without a date in 2020 are not drawn.");
    }

    /// <summary>Writes <c>{"kind", "count", "uncounted", "byMonth": [{"month", "count"}, …]}</c>, every month included.</summary>
    /// <param name="output">Where the document goes.</param>
    /// <param name="kind">The kind counted, e.g. <c>meetings</c>.</param>
    /// <param name="counts">Twelve counts, January first.</param>
    /// <param name="uncounted">How many records were left out for want of a date in 2020.</param>
    public static void WriteJson(TextWriter output, string kind, ImmutableArray<int> counts, int uncounted) =>
        JsonAnswer.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind);
            writer.WriteNumber("count", counts.Sum());
            writer.WriteNumber("uncounted", uncounted);
            writer.WriteStartArray("byMonth");
            for (var i = 0; i < counts.Length; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("month", i + 1);
                writer.WriteNumber("count", counts[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
