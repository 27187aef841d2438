using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>meeting N</c>: one meeting in full: participants, agenda items, law study and activities.</summary>
internal static class MeetingCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var number = new Argument<string>("number") { Description = "The meeting's number (68-89 for executive meetings, 7 or 8 for plenary ones) or id (executive-68)." };
        var command = new Command("meeting", "Show one meeting: date, chair, participants, agenda items with presenters and documents, law study.") { number };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var text = parsed.GetValue(number) ?? string.Empty;
            var meetings = yearbook.Meetings;
            var meeting = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? meetings.FindByNumber(n) : meetings.Find(text.Trim());
            if (meeting is null)
            {
                return ErrorOutput.BadArguments(error, $"there is no meeting '{text}'; executive meetings are numbered 68 to 89 and plenary ones 7 and 8 (or use an id such as executive-68).");
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, [meeting]);
                return ExitCodes.Success;
            }

            Render(ConsoleFactory.For(output), meeting, new LocalizedText(yearbook, lang.For(parsed)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Meeting meeting, LocalizedText words)
    {
        var about = new RecordTable($"{meeting.Id}: {words.MeetingName(meeting)}")
            .AddColumns("Property", "Value").KeepWhole(0);
        about.AddRow("Date", DateOption.Text(meeting.Date));
        about.AddRow("Chair", meeting.Chair is null ? "(not stated)" : words.Participant(meeting.Chair.Role, meeting.Chair.EnglishRole, meeting.Chair.Name, meeting.Chair.PersonId));
        if (!meeting.Speakers.IsEmpty)
        {
            about.AddRow("Speakers", words.People(meeting.Speakers.Select(s => (s.Role, s.EnglishRole, s.Name, s.PersonId))));
        }

        if (!meeting.Attendees.IsEmpty)
        {
            about.AddRow("Attendees", words.People(meeting.Attendees.Select(s => (s.Role, s.EnglishRole, s.Name, s.PersonId))));
        }

        if (meeting.Purpose is not null)
        {
            about.AddRow("Purpose", words.Text(meeting.Purpose, meeting.EnglishPurpose));
        }

        foreach (var study in meeting.LawStudies)
        {
            about.AddRow("Law study", words.IsEnglish
                ? $"{words.Text(study.Law, study.EnglishLaw)} — {words.AgencyById(study.AffiliationAgencyId)}, {words.Person(study.Lecturer, study.LecturerId)} ({words.Text(study.LecturerRole, study.EnglishLecturerRole)})"
                : $"《{study.Law}》 — {study.Affiliation} {study.Lecturer} ({study.LecturerRole})");
        }

        for (var i = 0; i < meeting.Activities.Length; i++)
        {
            about.AddRow("Activity", words.Text(meeting.Activities[i], i < meeting.EnglishActivities.Length ? meeting.EnglishActivities[i] : null));
        }

        about.AddRow("Seed lines", FormattableString.Invariant($"{meeting.Source.Line}-{meeting.Source.EndLine}"));
        about.Write(console);
        if (meeting.AgendaItems.IsEmpty)
        {
            return;
        }

        var items = new RecordTable(Counted.Of(meeting.AgendaItems.Length, "agenda item", "agenda items")).AddColumns("#", "Kind", "Presenters", "Subject", "Note").KeepWhole(1);
        foreach (var item in meeting.AgendaItems)
        {
            items.AddRow(
                item.Sequence.ToString(CultureInfo.InvariantCulture),
                KebabNames.Of(item.Kind),
                words.People(item.Presenters.Select(p => (p.Role, p.EnglishRole, p.Name, p.PersonId))),
                words.Text(item.Subject, item.EnglishSubject),
                item.DuplicateOf is null ? string.Empty : "repeats " + item.DuplicateOf);
        }

        items.Write(console);
    }
}
