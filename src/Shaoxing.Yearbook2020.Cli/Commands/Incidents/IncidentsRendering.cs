using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Incidents;

/// <summary>Writes what <c>incidents</c> found: a month chart or the incidents, as a table or JSON.</summary>
internal static class IncidentsRendering
{
    public static int Write(Answer answer, IncidentsSelection found)
    {
        var incidents = found.Incidents;
        if (found.Options.ByMonth)
        {
            MonthCounts.Write(answer, "safety-incidents", "Safety incidents per month they began, 2020", [.. incidents.Select(i => i.Date)]);
        }
        else if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, incidents);
        }
        else if (incidents.IsEmpty)
        {
            answer.Console.WriteWrapped("No incident matches.");
        }
        else
        {
            WriteTable(answer, incidents);
        }

        return ExitCodes.Success;
    }

    private static void WriteTable(Answer answer, ImmutableArray<SafetyIncident> incidents)
    {
        var words = answer.Words;
        var table = new RecordTable(Counted.Of(incidents.Length, "safety incident", "safety incidents"))
            .AddColumns("Id", "Name", "Category", "Date", "Time", "District", "Deaths", "Injured", "Evacuated", "Detail", "Seed lines")
            .KeepWhole(0, 2, 3, 4, 6, 7, 8, 9, 10)
            .DropFirst(4, 8, 9, 10, 7, 5);
        foreach (var i in incidents)
        {
            table.AddRow(
                i.Id,
                words.Text(i.Name, i.EnglishName),
                JsonNames.Of(i.Category),
                DateOption.Text(i.Date),
                i.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-",
                words.Optional(i.District, i.EnglishDistrict) ?? (i.InShaoxing ? "-" : "outside Shaoxing"),
                Count(i.Deaths),
                Count(i.Injured),
                Count(i.Evacuated),
                JsonNames.Of(i.DetailLevel),
                string.Join(", ", i.Mentions.Prepend(i.Source).Select(s => s.Line.ToString(CultureInfo.InvariantCulture))));
        }

        table.Write(answer.Console);
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
