using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>people [NAME]</c>: everyone named in an official role, or one person's posts.</summary>
internal static class PeopleCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("name") { Description = "A person's name in Chinese or in pinyin (any case, spaces and tone marks optional), e.g. 张永明 or \"Zhang Yongming\".", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("people", "List the people named in an official role, or show one person's posts and when they were seen in them.") { name };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var console = ConsoleFactory.For(output);
            var wanted = parsed.GetValue(name);
            var people = wanted is null
                ? [.. yearbook.People]
                : string.IsNullOrWhiteSpace(wanted) || yearbook.People.FindByName(wanted) is not { } one ? [] : new List<Person> { one };
            if (wanted is not null && people.Count == 0)
            {
                return ErrorOutput.BadArguments(error, $"no one named '{wanted}' is in the data.{GovernmentFormat.SuggestPeople(yearbook, wanted)}");
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, people);
                return ExitCodes.Success;
            }

            var words = new LocalizedText(yearbook, lang.For(parsed));
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
                        appointment.MeetingIds.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            table.Write(console);
            return ExitCodes.Success;
        });
        return command;
    }
}
