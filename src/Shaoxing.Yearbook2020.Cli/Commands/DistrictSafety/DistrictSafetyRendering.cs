using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;

/// <summary>Writes 表6: the chart by area, the table and the totals check, or the rows and the check as JSON.</summary>
internal static class DistrictSafetyRendering
{
    public static int Write(Answer answer, DistrictSafetySelection found)
    {
        if (answer.IsJson)
        {
            WriteJson(answer, found);
            return ExitCodes.Success;
        }

        var console = answer.Console;
        var words = answer.Words;
        var rows = found.Rows;
        var table6 = answer.Yearbook.Tables.FirstOrDefault(t => t.Number == 6);
        var totalName = words.IsEnglish ? "Total" : "合计";
        if (found.Options.Area is null && found.Measure is { } measure)
        {
            WriteChart(answer, rows, found.Options.Chart, measure);
        }

        var table = new RecordTable(words.IsEnglish
                ? $"Table 6: {words.Text(table6?.Title ?? "Work safety accidents by area", table6?.EnglishTitle)} (2020)"
                : "表6 绍兴市各地生产安全事故统计情况表 (2020)")
            .AddColumns("Area", "Constr. acc.", "Constr. deaths", "Other acc.", "Other deaths", "Road acc.", "Road deaths",
                "Total acc.", "YoY", "Total deaths", "YoY", "Major acc.", "Major deaths", "Seed line")
            .KeepWhole(0)
            .DropFirst(13, 1, 2, 3, 4, 5, 6, 11, 12);
        foreach (var r in found.Shown)
        {
            table.AddRow(
                [
                    words.Text(r.Area, r.EnglishArea), .. DistrictSafetySelection.CountColumns[..7].Select(c => N(c.Of(r))), Percent(r.TotalAccidentsChangePercent),
                    N(r.TotalDeaths), Percent(r.TotalDeathsChangePercent), N(r.MajorAccidents), N(r.MajorAccidentDeaths), N(r.Source.Line),
                ]);
        }

        table.Write(console);
        if (found.TotalsCheck.Count > 0)
        {
            var check = new RecordTable($"Totals check: district rows summed against the {totalName} row").AddColumns("Column", "Sum of districts", totalName, "Holds");
            foreach (var (name, sum, total) in found.TotalsCheck)
            {
                check.AddRow(name, N(sum), N(total), sum == total ? "yes" : "NO");
            }

            check.Write(console);
            console.WriteWrapped(found.TotalsCheck.All(c => c.SumOfDistricts == c.Total) ? "Every count column of the district rows sums to the total row." : "Some columns do not sum to the total row.");
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(Answer answer, DistrictSafetySelection found) =>
        JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, found.Shown, writer =>
        {
            if (found.TotalsCheck.Count > 0)
            {
                writer.WriteStartArray("totalsCheck");
                foreach (var (name, sum, total) in found.TotalsCheck)
                {
                    writer.WriteStartObject();
                    writer.WriteString("column", name);
                    writer.WriteNumber("sumOfDistricts", sum);
                    writer.WriteNumber("total", total);
                    writer.WriteBoolean("holds", sum == total);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
        });

    // The districts are the bars; the 合计 row is their sum, so it is stated under the chart rather than drawn
    // as one more bar that would dwarf the others.
    private static void WriteChart(Answer answer, DistrictSafetyStatisticsCollection rows, string what, Func<DistrictSafetyStatistics, int> measure)
    {
        var (console, words) = (answer.Console, answer.Words);
        BarLines.Write(console, $"{char.ToUpperInvariant(what[0])}{what[1..]} by area, 2020 ({(words.IsEnglish ? "Table 6" : "表6")})", [.. rows.Districts.Select(row => (words.Text(row.Area, row.EnglishArea), measure(row)))]);
        if (rows.Total is { } total)
        {
            console.WriteWrapped($"{words.Text(total.Area, total.EnglishArea)} (the total row, not a bar): {N(measure(total))} {what}; the districts' bars add up to {N(rows.Districts.Sum(measure))}.");
        }

        console.WriteLine();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
