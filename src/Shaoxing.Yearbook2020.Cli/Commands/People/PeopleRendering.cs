using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Commands.People;

/// <summary>Writes the people with their posts, one row per post, or as JSON.</summary>
internal static class PeopleRendering
{
    public static int Write(Answer answer, PeopleSelection found)
    {
        var people = found.People;
        if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, people);
            return ExitCodes.Success;
        }

        var words = answer.Words;
        var table = new RecordTable(Counted.Of(people.Count, "person", "people")).AddColumns("Id", "Name", words.IsEnglish ? "Chinese name" : "Pinyin", "Role", "Agency", "First seen", "Last seen", "Meetings").KeepWhole(0, 1, 2, 5, 6, 7).DropFirst(7, 4, 2);
        foreach (var person in people)
        {
            foreach (var appointment in person.Appointments)
            {
                table.AddRow(
                    person.Id,
                    words.IsEnglish ? person.Pinyin : person.Name,
                    words.IsEnglish ? person.Name : person.Pinyin,
                    words.Text(appointment.Role, appointment.EnglishRole),
                    words.AgencyById(appointment.AgencyId),
                    DateOption.Text(appointment.FirstSeen),
                    DateOption.Text(appointment.LastSeen),
                    appointment.MeetingIds.Length.ToString(CultureInfo.InvariantCulture));
            }
        }

        table.Write(answer.Console);
        return ExitCodes.Success;
    }
}
