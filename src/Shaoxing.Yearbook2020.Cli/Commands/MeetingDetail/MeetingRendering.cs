using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;

/// <summary>Writes one meeting in full: its properties, then its agenda items; or its record as JSON.</summary>
internal static class MeetingRendering
{
    public static int Write(Answer answer, MeetingSelection found)
    {
        if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, [found.Meeting]);
        }
        else
        {
            WriteTable(answer.Console, found.Meeting, answer.Words);
        }

        return ExitCodes.Success;
    }

    private static void WriteTable(IAnsiConsole console, Meeting meeting, LocalizedText words)
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
        WriteItems(console, meeting, words);
    }

    private static void WriteItems(IAnsiConsole console, Meeting meeting, LocalizedText words)
    {
        if (meeting.AgendaItems.IsEmpty)
        {
            return;
        }

        var items = new RecordTable(Counted.Of(meeting.AgendaItems.Length, "agenda item", "agenda items")).AddColumns("#", "Kind", "Presenters", "Subject", "Note").KeepWhole(1);
        foreach (var item in meeting.AgendaItems)
        {
            items.AddRow(
                item.Sequence.ToString(CultureInfo.InvariantCulture),
                JsonNames.Of(item.Kind),
                words.People(item.Presenters.Select(p => (p.Role, p.EnglishRole, p.Name, p.PersonId))),
                words.Text(item.Subject, item.EnglishSubject),
                item.DuplicateOf is null ? string.Empty : "repeats " + item.DuplicateOf);
        }

        items.Write(console);
    }
}
