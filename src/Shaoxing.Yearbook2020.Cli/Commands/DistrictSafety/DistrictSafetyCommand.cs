using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>district-safety</c>: 表6 as a bar chart by area and a table, with a check that the district rows add up to the total row.</summary>
internal static class DistrictSafetyCommand
{
    private static readonly (string Name, Func<DistrictSafetyStatistics, int> Of)[] CountColumns =
    [
        ("Construction accidents", r => r.ConstructionAccidents),
        ("Construction deaths", r => r.ConstructionDeaths),
        ("Other industrial accidents", r => r.OtherIndustrialAccidents),
        ("Other industrial deaths", r => r.OtherIndustrialDeaths),
        ("Road accidents", r => r.RoadAccidents),
        ("Road deaths", r => r.RoadDeaths),
        ("Total accidents", r => r.TotalAccidents),
        ("Total deaths", r => r.TotalDeaths),
        ("Major accidents", r => r.MajorAccidents),
        ("Major accident deaths", r => r.MajorAccidentDeaths),
    ];

    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var area = new Option<string?>("--area") { Description = "Show only this area's row (诸暨市, 诸暨, or 合计)." };
        var chart = new Option<string>("--chart")
        {
            Description = "What the bar chart above the table shows per area: deaths, accidents, or none.",
            DefaultValueFactory = _ => "deaths",
        };
        var command = new Command("district-safety", "Show 表6, production-safety accidents and deaths by area, as a bar chart and a table, and check its totals.") { area, chart };
        command.SetAction(parsed =>
        {
            var chartText = (parsed.GetValue(chart) ?? "deaths").Trim().ToLowerInvariant();
            Func<DistrictSafetyStatistics, int>? measure = chartText switch
            {
                "deaths" => r => r.TotalDeaths,
                "accidents" => r => r.TotalAccidents,
                _ => null,
            };
            if (measure is null && chartText != "none")
            {
                return ErrorOutput.BadArguments(error, $"--chart is deaths, accidents or none, not '{chartText}'.");
            }

            var yearbook = data.YearbookFor(parsed);
            var rows = yearbook.DistrictSafetyStatistics;
            var areaText = parsed.GetValue(area);
            IReadOnlyList<DistrictSafetyStatistics> shown = rows;
            if (areaText is not null)
            {
                var row = string.IsNullOrWhiteSpace(areaText) ? null : rows.ForArea(areaText);
                if (row is null)
                {
                    return ErrorOutput.BadArguments(error, $"--area '{areaText}' is not a row of 表6; use one of {string.Join(", ", rows.Select(r => r.Area))}.");
                }

                shown = [row];
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, shown, writer =>
                {
                    if (areaText is null && rows.Total is { } total)
                    {
                        writer.WriteStartArray("totalsCheck");
                        foreach (var (name, of) in CountColumns)
                        {
                            var sum = rows.Districts.Sum(of);
                            writer.WriteStartObject();
                            writer.WriteString("column", name);
                            writer.WriteNumber("sumOfDistricts", sum);
                            writer.WriteNumber("total", of(total));
                            writer.WriteBoolean("holds", sum == of(total));
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }
                });
                return ExitCodes.Success;
            }

            var console = ConsoleFactory.For(output);
            var words = new LocalizedText(yearbook, lang.For(parsed));
            var table6 = yearbook.Tables.FirstOrDefault(t => t.Number == 6);
            var totalName = words.IsEnglish ? "Total" : "合计";
            if (areaText is null && measure is not null)
            {
                WriteChart(console, rows, chartText, measure, words);
            }

            var table = new RecordTable(words.IsEnglish
                    ? $"Table 6: {words.Text(table6?.Title ?? "Work safety accidents by area", table6?.EnglishTitle)} (2020)"
                    : "表6 绍兴市各地生产安全事故统计情况表 (2020)")
                .AddColumns("Area", "Constr. acc.", "Constr. deaths", "Other acc.", "Other deaths", "Road acc.", "Road deaths",
                    "Total acc.", "YoY", "Total deaths", "YoY", "Major acc.", "Major deaths", "Seed line")
                .KeepWhole(0)
                .DropFirst(13, 1, 2, 3, 4, 5, 6, 11, 12);
            foreach (var r in shown)
            {
                table.AddRow(
                    [
                        words.Text(r.Area, r.EnglishArea), .. CountColumns[..7].Select(c => N(c.Of(r))), Percent(r.TotalAccidentsChangePercent),
                        N(r.TotalDeaths), Percent(r.TotalDeathsChangePercent), N(r.MajorAccidents), N(r.MajorAccidentDeaths), N(r.Source.Line),
                    ]);
            }

            table.Write(console);
            if (areaText is null && rows.Total is { } total)
            {
                var check = new RecordTable($"Totals check: district rows summed against the {totalName} row").AddColumns("Column", "Sum of districts", totalName, "Holds");
                var allHold = true;
                foreach (var (name, of) in CountColumns)
                {
                    var sum = rows.Districts.Sum(of);
                    var holds = sum == of(total);
                    allHold &= holds;
                    check.AddRow(name, N(sum), N(of(total)), holds ? "yes" : "NO");
                }

                check.Write(console);
                console.WriteWrapped(allHold ? "Every count column of the district rows sums to the total row." : "Some columns do not sum to the total row.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // The districts are the bars; the 合计 row is their sum, so it is stated under the chart rather than drawn
    // as one more bar that would dwarf the others.
    private static void WriteChart(IAnsiConsole console, DistrictSafetyStatisticsCollection rows, string what, Func<DistrictSafetyStatistics, int> measure, LocalizedText words)
    {
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
