using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>incidents</c>: the safety incidents, filtered by district, category, month, dates, deaths and place.</summary>
internal static class IncidentsCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var district = new Option<string?>("--district") { Description = "Only incidents in this district (柯桥区 or 柯桥)." };
        var category = new Option<string?>("--category") { Description = "Only this category: " + KebabNames.All<IncidentCategory>() + "." };
        var month = new Option<int?>("--month") { Description = "Only incidents that began in this month of 2020 (1-12)." };
        var from = new Option<string?>("--from") { Description = "Only incidents that began on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Only incidents that began on or before this day (yyyy-MM-dd)." };
        var fatal = new Option<bool>("--fatal") { Description = "Only incidents with deaths." };
        var inShaoxing = new Option<bool>("--in-shaoxing") { Description = "Only incidents that happened in Shaoxing." };
        var byMonth = new Option<bool>("--by-month") { Description = "Draw a bar chart of how many of the incidents began in each month of 2020, instead of listing them." };
        var command = new Command("incidents", "List the safety incidents (accidents, tanker leaks, rainstorm, typhoons, heat, tailings).")
        {
            district, category, month, from, to, fatal, inShaoxing, byMonth,
        };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var incidents = yearbook.SafetyIncidents;
            IEnumerable<SafetyIncident> found = incidents;
            var districtText = parsed.GetValue(district);
            if (districtText is not null)
            {
                if (string.IsNullOrWhiteSpace(districtText))
                {
                    return ErrorOutput.BadArguments(error, "--district is empty; give a district such as 柯桥区.");
                }

                found = found.Intersect(incidents.InDistrict(districtText));
            }

            var categoryText = parsed.GetValue(category);
            if (categoryText is not null)
            {
                if (!KebabNames.TryParse<IncidentCategory>(categoryText, out var wanted))
                {
                    return ErrorOutput.BadArguments(error, $"--category '{categoryText}' is not a category; use one of {KebabNames.All<IncidentCategory>()}.");
                }

                found = found.Intersect(incidents.InCategory(wanted));
            }

            var monthValue = parsed.GetValue(month);
            if (monthValue is not null)
            {
                if (monthValue is < 1 or > 12)
                {
                    return ErrorOutput.BadArguments(error, $"--month must be between 1 and 12, not {monthValue}.");
                }

                found = found.Intersect(incidents.InMonth(monthValue.Value));
            }

            var fromText = parsed.GetValue(from);
            var toText = parsed.GetValue(to);
            if (fromText is not null || toText is not null)
            {
                if (!DateOption.TryReadRange(fromText, toText, out var first, out var last, out var problem))
                {
                    return ErrorOutput.BadArguments(error, problem);
                }

                found = found.Intersect(incidents.Between(first ?? new DateOnly(2020, 1, 1), last ?? new DateOnly(2020, 12, 31)));
            }

            if (parsed.GetValue(fatal))
            {
                found = found.Intersect(incidents.Fatal());
            }

            if (parsed.GetValue(inShaoxing))
            {
                found = found.Intersect(incidents.InShaoxing());
            }

            if (parsed.GetValue(byMonth))
            {
                var dates = found.Select(i => i.Date).ToList();
                var counts = MonthChart.Counts(dates);
                var uncounted = dates.Count - counts.Sum();
                if (json.IsSet(parsed))
                {
                    MonthChart.WriteJson(output, "safety-incidents", counts, uncounted);
                }
                else
                {
                    MonthChart.Write(ConsoleFactory.For(output), "Safety incidents per month they began, 2020", counts, uncounted);
                }

                return ExitCodes.Success;
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, found);
                return ExitCodes.Success;
            }

            Render(found.ToImmutableArray(), ConsoleFactory.For(output), new LocalizedText(yearbook, lang.For(parsed)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(ImmutableArray<SafetyIncident> incidents, IAnsiConsole console, LocalizedText words)
    {
        if (incidents.IsEmpty)
        {
            console.WriteWrapped("No incident matches.");
            return;
        }

        var table = new RecordTable(Counted.Of(incidents.Length, "safety incident", "safety incidents"))
            .AddColumns("Id", "Name", "Category", "Date", "Time", "District", "Deaths", "Injured", "Evacuated", "Detail", "Seed lines")
            .KeepWhole(0, 2, 3, 4, 6, 7, 8, 9, 10)
            .DropFirst(4, 8, 9, 10, 7, 5);
        foreach (var i in incidents)
        {
            table.AddRow(
                i.Id,
                words.Text(i.Name, i.EnglishName),
                KebabNames.Of(i.Category),
                DateOption.Text(i.Date),
                i.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-",
                words.Optional(i.District, i.EnglishDistrict) ?? (i.InShaoxing ? "-" : "outside Shaoxing"),
                Count(i.Deaths),
                Count(i.Injured),
                Count(i.Evacuated),
                KebabNames.Of(i.DetailLevel),
                string.Join(", ", i.Mentions.Prepend(i.Source).Select(s => s.Line.ToString(CultureInfo.InvariantCulture))));
        }

        table.Write(console);
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
