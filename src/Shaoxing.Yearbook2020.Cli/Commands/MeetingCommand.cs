using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>meeting N</c>: one meeting in full: participants, agenda items, law study and activities.</summary>
internal static class MeetingCommand
{
    public static Command Create(DataOption data, JsonOption json, TextWriter output, TextWriter error)
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

            Render(ConsoleFactory.For(output), meeting);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Meeting meeting)
    {
        var about = new RecordTable($"{meeting.Id}: 八届市政府第{meeting.Number}次{(meeting.Kind == MeetingKind.Plenary ? "全体" : "常务")}会议")
            .AddColumns("Property", "Value").KeepWhole(0);
        about.AddRow("Date", DateOption.Text(meeting.Date));
        about.AddRow("Chair", meeting.Chair is null ? "(not stated)" : CellValue.Parts(meeting.Chair.Role, meeting.Chair.Name));
        if (!meeting.Speakers.IsEmpty)
        {
            about.AddRow("Speakers", CellValue.People(meeting.Speakers.Select(s => (s.Role, s.Name))));
        }

        if (!meeting.Attendees.IsEmpty)
        {
            about.AddRow("Attendees", CellValue.People(meeting.Attendees.Select(s => (s.Role, s.Name))));
        }

        if (meeting.Purpose is not null)
        {
            about.AddRow("Purpose", meeting.Purpose);
        }

        foreach (var study in meeting.LawStudies)
        {
            about.AddRow("Law study", $"《{study.Law}》 — {study.Affiliation} {study.Lecturer} ({study.LecturerRole})");
        }

        foreach (var activity in meeting.Activities)
        {
            about.AddRow("Activity", activity);
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
                CellValue.People(item.Presenters.Select(p => (p.Role, p.Name))),
                item.Subject,
                item.DuplicateOf is null ? string.Empty : "repeats " + item.DuplicateOf);
        }

        items.Write(console);
    }
}
