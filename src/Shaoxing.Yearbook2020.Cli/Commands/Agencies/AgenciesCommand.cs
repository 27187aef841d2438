using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>agencies [NAME]</c>: every body, or one body with its names, people and agenda items.</summary>
internal static class AgenciesCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("name") { Description = "A full, additional or short name, the English name, or an id (e.g. 市发改委, \"Emergency Management Bureau\").", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("agencies", "List the bodies (the 32 municipal bodies in the listed order, then the others), or show one.") { name };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var console = ConsoleFactory.For(output);
            var wanted = parsed.GetValue(name);
            if (wanted is null)
            {
                if (json.IsSet(parsed))
                {
                    JsonAnswer.WriteRecords(output, yearbook, yearbook.Agencies);
                    return ExitCodes.Success;
                }

                RenderAll(console, yearbook, new LocalizedText(yearbook, lang.For(parsed)));
                return ExitCodes.Success;
            }

            var agency = string.IsNullOrWhiteSpace(wanted) ? null : yearbook.Agencies.Resolve(wanted);
            if (agency is null)
            {
                return ErrorOutput.BadArguments(error, $"no agency is named '{wanted}'.{GovernmentFormat.SuggestAgencies(yearbook, wanted)}");
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, [agency], writer =>
                {
                    writer.WriteStartArray("agendaItemIds");
                    foreach (var found in yearbook.Meetings.ItemsFromAgency(agency.Id))
                    {
                        writer.WriteStringValue(found.Item.Id);
                    }

                    writer.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            RenderOne(console, yearbook, agency, new LocalizedText(yearbook, lang.For(parsed)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void RenderAll(IAnsiConsole console, Yearbook yearbook, LocalizedText words)
    {
        var agencies = yearbook.Agencies;
        var table = new RecordTable(Counted.Of(agencies.Count, "agency", "agencies")).AddColumns("#", "Id", "Name", words.IsEnglish ? "Chinese name" : "English name", "Short names", "Kind").KeepWhole(1, 5).DropFirst(4, 3);
        foreach (var agency in agencies)
        {
            table.AddRow(
                agency.Position?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                agency.Id,
                words.Agency(agency),
                words.IsEnglish ? agency.Name : agency.EnglishName,
                string.Join("、", agency.ShortNames),
                KebabNames.Of(agency.Kind));
        }

        table.Write(console);
    }

    private static void RenderOne(IAnsiConsole console, Yearbook yearbook, Agency agency, LocalizedText words)
    {
        var about = new RecordTable(words.Agency(agency)).AddColumns("Property", "Value").KeepWhole(0);
        about.AddRow("Id", agency.Id);
        about.AddRow(words.IsEnglish ? "Chinese name" : "English name", words.IsEnglish ? agency.Name : agency.EnglishName);
        about.AddRow("Kind", KebabNames.Of(agency.Kind));
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
