using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.Meetings;

/// <summary>Writes what <c>meetings</c> found: a month chart, the meetings or the agenda items, as a table or JSON.</summary>
internal static class MeetingsRendering
{
    public static int Write(Answer answer, MeetingsSelection found)
    {
        var filtersItems = found.Options.FiltersItems;
        if (found.Options.ByMonth)
        {
            var dates = filtersItems ? found.Items.Select(x => (DateOnly?)x.Meeting.Date) : found.Meetings.Select(x => (DateOnly?)x.Date);
            MonthCounts.Write(answer, filtersItems ? "agenda-items" : "meetings", filtersItems ? "Agenda items per month, 2020" : "Meetings per month, 2020", [.. dates]);
        }
        else if (answer.IsJson && filtersItems)
        {
            WriteItemsJson(answer, found.Items);
        }
        else if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, found.Meetings);
        }
        else if (filtersItems)
        {
            WriteItems(answer, found.Items);
        }
        else
        {
            WriteMeetings(answer, found);
        }

        return ExitCodes.Success;
    }

    // Agenda items are not a record kind of their own: each is written as its meeting's JSON holds it.
    private static void WriteItemsJson(Answer answer, IReadOnlyList<MeetingItem> items)
    {
        var meetings = items.Select(x => x.Meeting).Distinct().ToList();
        var nodes = meetings.Zip(JsonAnswer.NodesOf(answer.Yearbook, meetings)).ToDictionary(x => x.First, x => x.Second);
        JsonAnswer.Write(answer.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "agenda-items");
            writer.WriteNumber("count", items.Count);
            writer.WriteStartArray("records");
            foreach (var (meeting, item) in items.Select(x => (x.Meeting, x.Item)))
            {
                var node = nodes[meeting]["agendaItems"]![meeting.AgendaItems.IndexOf(item)]!.DeepClone().AsObject();
                node.Insert(1, "meetingId", meeting.Id);
                node.Insert(2, "date", DateOption.Text(meeting.Date));
                node.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteMeetings(Answer answer, MeetingsSelection found)
    {
        var meetings = found.Meetings;
        if (meetings.Count == 0)
        {
            answer.Console.WriteWrapped("No meeting matches.");
            return;
        }

        var words = answer.Words;
        var table = new RecordTable(Counted.Of(meetings.Count, "meeting", "meetings")).AddColumns("Meeting", "Date", "Kind", "No.", "Items", "Law study", "Seed lines").KeepWhole(0, 1, 2, 3, 4, 6).DropFirst(6, 5, 3);
        foreach (var meeting in meetings)
        {
            table.AddRow(
                meeting.Id,
                DateOption.Text(meeting.Date),
                JsonNames.Of(meeting.Kind),
                meeting.Number.ToString(CultureInfo.InvariantCulture),
                meeting.AgendaItems.Length.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", meeting.LawStudies.Select(s => words.Text(s.Law, s.EnglishLaw))),
                FormattableString.Invariant($"{meeting.Source.Line}-{meeting.Source.EndLine}"));
        }

        table.Write(answer.Console);
    }

    private static void WriteItems(Answer answer, IReadOnlyList<MeetingItem> items)
    {
        if (items.Count == 0)
        {
            answer.Console.WriteWrapped("No agenda item matches.");
            return;
        }

        var words = answer.Words;
        var table = new RecordTable(Counted.Of(items.Count, "agenda item", "agenda items")).AddColumns("Item", "Date", "Kind", "Presenters", "Subject").KeepWhole(0, 1, 2);
        foreach (var (meeting, item) in items.Select(x => (x.Meeting, x.Item)))
        {
            table.AddRow(
                item.Id,
                DateOption.Text(meeting.Date),
                JsonNames.Of(item.Kind),
                words.People(item.Presenters.Select(p => (p.Role, p.EnglishRole, p.Name, p.PersonId))),
                words.Text(item.Subject, item.EnglishSubject));
        }

        table.Write(answer.Console);
    }
}
