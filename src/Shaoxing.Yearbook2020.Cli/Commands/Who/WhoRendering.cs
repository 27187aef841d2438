using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Commands.Who;

/// <summary>Writes who held the post: a sentence for one day, a table for the year, or JSON.</summary>
internal static class WhoRendering
{
    public static int Write(Answer answer, WhoSelection found)
    {
        if (answer.IsJson)
        {
            WriteJson(answer.Output, found);
            return ExitCodes.Success;
        }

        var (console, words) = (answer.Console, answer.Words);
        var titleText = found.Options.Title;
        var agencyName = words.Agency(found.Agency);
        if (found.Options.Day is { } day)
        {
            var holder = found.Holders.Count == 0 ? null : found.Holders[0].Person;
            var held = holder?.Appointments.FirstOrDefault(a => a.AgencyId == found.Agency.Id && a.Title == titleText.Trim());
            var titleWords = held is null ? titleText : words.Text(held.Title, held.EnglishTitle);
            console.WriteWrapped(holder is null
                ? $"The text does not say who was {titleText} of {agencyName} on {DateOption.Text(day)}."
                : $"{words.Person(holder.Name, holder.Id)} was {titleWords} of {agencyName} on {DateOption.Text(day)}.");
            return ExitCodes.Success;
        }

        if (found.Holders.Count == 0)
        {
            console.WriteWrapped($"No one is seen as {titleText} of {agencyName}.");
            return ExitCodes.Success;
        }

        var first = found.Holders[0].Appointment!;
        var table = new RecordTable($"{words.Text(titleText, first.Title == titleText.Trim() ? first.EnglishTitle : null)} of {agencyName}").AddColumns("Name", "Role", "First seen", "Last seen").KeepWhole(0, 2, 3);
        foreach (var (person, appointment) in found.Holders)
        {
            table.AddRow(words.Person(person.Name, person.Id), words.Text(appointment!.Role, appointment.EnglishRole), DateOption.Text(appointment.FirstSeen), DateOption.Text(appointment.LastSeen));
        }

        table.Write(console);
        return ExitCodes.Success;
    }

    // The holders' appointments are given where the answer is about the whole year; on one day, the person.
    private static void WriteJson(TextWriter output, WhoSelection found) =>
        JsonAnswer.Write(output, writer =>
        {
            var agency = found.Agency;
            writer.WriteStartObject();
            writer.WriteString("title", found.Options.Title.Trim());
            writer.WriteString("agencyId", agency.Id);
            writer.WriteString("agency", agency.Name);
            writer.WriteString("englishAgency", agency.EnglishName);
            writer.WriteString("date", found.Options.Day is { } d ? DateOption.Text(d) : null);
            writer.WriteNumber("count", found.Holders.Count);
            writer.WriteStartArray("holders");
            foreach (var (person, appointment) in found.Holders)
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
