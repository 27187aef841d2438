using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Agencies;

/// <summary>Writes the bodies as a table, or one body with its people; or as JSON.</summary>
internal static class AgenciesRendering
{
    public static int Write(Answer answer, AgenciesSelection found)
    {
        var yearbook = answer.Yearbook;
        if (found.One is not { } agency)
        {
            if (answer.IsJson)
            {
                JsonAnswer.WriteRecords(answer.Output, yearbook, found.Agencies);
            }
            else
            {
                WriteAll(answer, found.Agencies);
            }
        }
        else if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, yearbook, [agency], writer =>
            {
                writer.WriteStartArray("agendaItemIds");
                foreach (var item in yearbook.Meetings.ItemsFromAgency(agency.Id))
                {
                    writer.WriteStringValue(item.Item.Id);
                }

                writer.WriteEndArray();
            });
        }
        else
        {
            WriteOne(answer, agency);
        }

        return ExitCodes.Success;
    }

    private static void WriteAll(Answer answer, IReadOnlyList<Agency> agencies)
    {
        var words = answer.Words;
        var table = new RecordTable(Counted.Of(agencies.Count, "agency", "agencies")).AddColumns("#", "Id", "Name", words.IsEnglish ? "Chinese name" : "English name", "Short names", "Kind").KeepWhole(1, 5).DropFirst(4, 3);
        foreach (var agency in agencies)
        {
            table.AddRow(
                agency.Position?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                agency.Id,
                words.Agency(agency),
                words.IsEnglish ? agency.Name : agency.EnglishName,
                string.Join("、", agency.ShortNames),
                JsonNames.Of(agency.Kind));
        }

        table.Write(answer.Console);
    }

    private static void WriteOne(Answer answer, Agency agency)
    {
        var (yearbook, words, console) = (answer.Yearbook, answer.Words, answer.Console);
        var about = new RecordTable(words.Agency(agency)).AddColumns("Property", "Value").KeepWhole(0);
        about.AddRow("Id", agency.Id);
        about.AddRow(words.IsEnglish ? "Chinese name" : "English name", words.IsEnglish ? agency.Name : agency.EnglishName);
        about.AddRow("Kind", JsonNames.Of(agency.Kind));
        about.AddRow("Position in " + ListOfBodies(yearbook, words), agency.Position?.ToString(CultureInfo.InvariantCulture) ?? "-");
        about.AddRow("Additional names", string.Join("、", agency.AdditionalNames));
        about.AddRow("Short names", string.Join("、", agency.ShortNames));
        about.AddRow("Agenda items", yearbook.Meetings.ItemsFromAgency(agency.Id).Length.ToString(CultureInfo.InvariantCulture));
        about.Write(console);
        var people = yearbook.People
            .SelectMany(p => p.Appointments.Where(a => a.AgencyId == agency.Id).Select(a => (Name: words.Person(p.Name, p.Id), Appointment: a)))
            .OrderBy(x => x.Appointment.FirstSeen)
            .ToList();
        if (people.Count == 0)
        {
            return;
        }

        var table = new RecordTable("People seen in its posts").AddColumns("Name", "Role", "Title", "First seen", "Last seen").KeepWhole(0, 3, 4);
        foreach (var (personName, appointment) in people)
        {
            table.AddRow(
                personName,
                words.Text(appointment.Role, appointment.EnglishRole),
                words.Text(appointment.Title, appointment.EnglishTitle),
                DateOption.Text(appointment.FirstSeen),
                DateOption.Text(appointment.LastSeen));
        }

        table.Write(console);
    }

    // The entry that lists the municipal bodies in order, by its heading in the language asked for.
    private static string ListOfBodies(Yearbook yearbook, LocalizedText words)
    {
        const string Heading = "市政府机构概况";
        var entry = yearbook.Entries.FirstOrDefault(e => e.Heading == Heading);
        return entry is null ? (words.IsEnglish ? "the overview of the municipal government's bodies" : Heading) : words.Text(entry.Heading, entry.EnglishHeading);
    }
}
