using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>who TITLE AGENCY [--date D]</c>: who held a post, on a day or over the year.</summary>
internal static class WhoCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("title") { Description = "The title, e.g. 局长 or 主任." };
        var agency = new Argument<string>("agency") { Description = "The body, by any name or id, e.g. 市交通运输局." };
        var date = new Option<string?>("--date") { Description = "The day (yyyy-MM-dd); without it, every holder seen in 2020." };
        var command = new Command("who", "Who held a title at a body, on a day or during 2020, as far as the meetings show.") { title, agency, date };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var titleText = parsed.GetValue(title) ?? string.Empty;
            var agencyText = parsed.GetValue(agency) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(titleText))
            {
                return ErrorOutput.BadArguments(error, "the title is empty; give one such as 局长.");
            }

            var found = string.IsNullOrWhiteSpace(agencyText) ? null : yearbook.Agencies.Resolve(agencyText);
            if (found is null)
            {
                return ErrorOutput.BadArguments(error, $"no agency is named '{agencyText}'.{GovernmentFormat.SuggestAgencies(yearbook, agencyText)}");
            }

            var console = ConsoleFactory.For(output);
            var words = new LocalizedText(yearbook, lang.For(parsed));
            var agencyName = words.Agency(found);
            if (parsed.GetValue(date) is { } dateText)
            {
                if (!DateOption.TryParse(dateText, out var day))
                {
                    return ErrorOutput.BadArguments(error, DateOption.NotADate("--date", dateText));
                }

                var holder = yearbook.People.HolderOn(titleText, found.Id, day);
                if (json.IsSet(parsed))
                {
                    WriteJson(output, titleText, found, day, holder is null ? [] : [(holder, null)]);
                    return ExitCodes.Success;
                }

                var held = holder?.Appointments.FirstOrDefault(a => a.AgencyId == found.Id && a.Title == titleText.Trim());
                var titleWords = held is null ? titleText : words.Text(held.Title, held.EnglishTitle);
                console.WriteWrapped(holder is null
                    ? $"The text does not say who was {titleText} of {agencyName} on {DateOption.Text(day)}."
                    : $"{words.Person(holder.Name, holder.Id)} was {titleWords} of {agencyName} on {DateOption.Text(day)}.");
                return ExitCodes.Success;
            }

            var holders = yearbook.People.Holders(titleText.Trim(), found.Id);
            if (json.IsSet(parsed))
            {
                WriteJson(output, titleText, found, null, [.. holders.Select(h => (h.Person, (Appointment?)h.Appointment))]);
                return ExitCodes.Success;
            }

            if (holders.IsEmpty)
            {
                console.WriteWrapped($"No one is seen as {titleText} of {agencyName}.");
                return ExitCodes.Success;
            }

            var first = holders[0].Appointment;
            var table = new RecordTable($"{words.Text(titleText, first.Title == titleText.Trim() ? first.EnglishTitle : null)} of {agencyName}").AddColumns("Name", "Role", "First seen", "Last seen").KeepWhole(0, 2, 3);
            foreach (var (person, appointment) in holders)
            {
                table.AddRow(words.Person(person.Name, person.Id), words.Text(appointment.Role, appointment.EnglishRole), DateOption.Text(appointment.FirstSeen), DateOption.Text(appointment.LastSeen));
            }

            table.Write(console);
            return ExitCodes.Success;
        });
        return command;
    }

    // The holders' appointments are given where the answer is about the whole year; on one day, the person.
    private static void WriteJson(TextWriter output, string title, Agency agency, DateOnly? day, List<(Person Person, Appointment? Appointment)> holders) =>
        JsonAnswer.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", title.Trim());
            writer.WriteString("agencyId", agency.Id);
            writer.WriteString("agency", agency.Name);
            writer.WriteString("englishAgency", agency.EnglishName);
            writer.WriteString("date", day is { } d ? DateOption.Text(d) : null);
            writer.WriteNumber("count", holders.Count);
            writer.WriteStartArray("holders");
            foreach (var (person, appointment) in holders)
            {
                writer.WriteStartObject();
                writer.WriteString("personId", person.Id);
                writer.WriteString("name", person.Name);
                writer.WriteString("pinyin", person.Pinyin);
                if (appointment is not null)
                {
                    writer.WriteString("role", appointment.Role);
                    writer.WriteString("englishRole", appointment.EnglishRole);
                    writer.WriteString("firstSeen", DateOption.Text(appointment.FirstSeen));
                    writer.WriteString("lastSeen", DateOption.Text(appointment.LastSeen));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
