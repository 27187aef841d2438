using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>meetings</c>: the meetings, filtered by month, dates, kind, and (per agenda item) agency, presenter, document or text.</summary>
internal static class MeetingsCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var month = new Option<int?>("--month") { Description = "Only meetings held in this month of 2020 (1-12)." };
        var date = new Option<string?>("--date") { Description = "Only meetings held on this day (yyyy-MM-dd)." };
        var from = new Option<string?>("--from") { Description = "Only meetings held on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Only meetings held on or before this day (yyyy-MM-dd)." };
        var kind = new Option<string?>("--kind") { Description = "plenary or executive." };
        var agency = new Option<string?>("--agency") { Description = "Only agenda items presented for this body (full, additional or short name, or id), e.g. 市应急管理局." };
        var presenter = new Option<string?>("--presenter") { Description = "Only agenda items presented by this person, e.g. 金辉." };
        var document = new Option<string?>("--document") { Description = "Only agenda items naming a document whose title contains this text." };
        var mentioning = new Option<string?>("--mentioning") { Description = "Only agenda items whose subject, documents or text mention this text, e.g. 安全生产." };
        var itemKind = new Option<string?>("--item-kind") { Description = "Only agenda items of this kind: drafting, compilation, revision, transmission, briefing." };
        var byMonth = new Option<bool>("--by-month") { Description = "Draw a bar chart of how many meetings (with an item filter, agenda items) each month of 2020 has, instead of listing them." };
        var command = new Command("meetings", "List the municipal government's meetings of 2020, or the agenda items that match the item filters.")
        {
            month, date, from, to, kind, agency, presenter, document, mentioning, itemKind, byMonth,
        };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var meetings = yearbook.Meetings;
            var selected = meetings.OrderBy(m => m.Date).ToList();
            if (parsed.GetValue(month) is { } m)
            {
                if (m is < 1 or > 12)
                {
                    return ErrorOutput.BadArguments(error, $"--month must be between 1 and 12, not {m}.");
                }

                selected = [.. selected.Where(x => x.Date is { Year: 2020 } date && date.Month == m)];
            }

            var range = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var (option, keep) in new (Option<string?> Option, Func<DateOnly, DateOnly, bool> Keep)[]
                     {
                         (date, (d, x) => d == x), (from, (d, x) => x >= d), (to, (d, x) => x <= d),
                     })
            {
                var text = parsed.GetValue(option);
                if (text is null)
                {
                    continue;
                }

                if (!DateOption.TryParse(text, out var day))
                {
                    return ErrorOutput.BadArguments(error, DateOption.NotADate(option.Name, text));
                }

                range[option.Name] = day;
                selected = [.. selected.Where(x => keep(day, x.Date))];
            }

            if (range.TryGetValue(from.Name, out var first) && range.TryGetValue(to.Name, out var last) && last < first)
            {
                return ErrorOutput.BadArguments(error, DateOption.Reversed(first, last));
            }

            if (parsed.GetValue(kind) is { } k)
            {
                MeetingKind? wanted = k.Trim().ToLowerInvariant() switch { "plenary" => MeetingKind.Plenary, "executive" => MeetingKind.Executive, _ => null };
                if (wanted is null)
                {
                    return ErrorOutput.BadArguments(error, $"--kind is plenary or executive, not '{k}'.");
                }

                selected = [.. selected.Where(x => x.Kind == wanted)];
            }

            var items = selected.SelectMany(x => x.AgendaItems.Select(i => new MeetingItem { Meeting = x, Item = i })).ToList();
            var filtersItems = false;

            // An item filter keeps the items a query found, in the order of the meetings.
            void KeepOnly(IEnumerable<MeetingItem> found)
            {
                var ids = found.Select(x => x.Item.Id).ToHashSet(StringComparer.Ordinal);
                items = [.. items.Where(x => ids.Contains(x.Item.Id))];
                filtersItems = true;
            }

            if (parsed.GetValue(agency) is { } a)
            {
                var found = string.IsNullOrWhiteSpace(a) ? null : yearbook.Agencies.Resolve(a);
                if (found is null)
                {
                    return ErrorOutput.BadArguments(error, $"no agency is named '{a}'.{GovernmentFormat.SuggestAgencies(yearbook, a)}");
                }

                KeepOnly(meetings.ItemsFromAgency(found.Id));
            }

            if (parsed.GetValue(presenter) is { } p)
            {
                if (string.IsNullOrWhiteSpace(p) || yearbook.People.FindByName(p) is null)
                {
                    return ErrorOutput.BadArguments(error, $"no one named '{p}' is in the data.{GovernmentFormat.SuggestPeople(yearbook, p)}");
                }

                KeepOnly(meetings.WithPresenter(p.Trim()));
            }

            if (parsed.GetValue(document) is { } d)
            {
                // The same test as MeetingCollection.WithDocument: nothing left once every space and 《》 is removed.
                if (!d.Any(c => !char.IsWhiteSpace(c) && c is not ('《' or '》')))
                {
                    return ErrorOutput.BadArguments(error, "--document needs some text of a document title, e.g. 物业管理条例.");
                }

                KeepOnly(meetings.WithDocument(d));
            }

            if (parsed.GetValue(mentioning) is { } t)
            {
                if (string.IsNullOrWhiteSpace(t))
                {
                    return ErrorOutput.BadArguments(error, "--mentioning needs some text to look for, e.g. 安全生产.");
                }

                KeepOnly(meetings.ItemsMentioning(t));
            }

            if (parsed.GetValue(itemKind) is { } ik)
            {
                var all = Enum.GetValues<AgendaItemKind>();
                var wanted = all.Where(x => string.Equals(KebabNames.Of(x), ik.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
                if (wanted.Count == 0)
                {
                    return ErrorOutput.BadArguments(error, $"--item-kind is one of {string.Join(", ", all.Select(KebabNames.Of))}, not '{ik}'.");
                }

                items = [.. items.Where(x => x.Item.Kind == wanted[0])];
                filtersItems = true;
            }

            if (parsed.GetValue(byMonth))
            {
                var what = filtersItems ? "agenda-items" : "meetings";
                var dates = filtersItems ? items.Select(x => (DateOnly?)x.Meeting.Date).ToList() : selected.Select(x => (DateOnly?)x.Date).ToList();
                var counts = MonthChart.Counts(dates);
                var uncounted = dates.Count - counts.Sum();
                if (json.IsSet(parsed))
                {
                    MonthChart.WriteJson(output, what, counts, uncounted);
                }
                else
                {
                    MonthChart.Write(ConsoleFactory.For(output), filtersItems ? "Agenda items per month, 2020" : "Meetings per month, 2020", counts, uncounted);
                }

                return ExitCodes.Success;
            }

            if (json.IsSet(parsed))
            {
                if (filtersItems)
                {
                    WriteItemsJson(output, yearbook, items);
                }
                else
                {
                    JsonAnswer.WriteRecords(output, yearbook, selected);
                }

                return ExitCodes.Success;
            }

            var console = ConsoleFactory.For(output);
            var words = new LocalizedText(yearbook, lang.For(parsed));
            if (filtersItems)
            {
                RenderItems(console, items, words);
            }
            else
            {
                RenderMeetings(console, selected, words);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Agenda items are not a record kind of their own: each is written as its meeting's JSON holds it.
    private static void WriteItemsJson(TextWriter output, Yearbook yearbook, List<MeetingItem> items)
    {
        var meetings = items.Select(x => x.Meeting).Distinct().ToList();
        var nodes = meetings.Zip(JsonAnswer.NodesOf(yearbook, meetings)).ToDictionary(x => x.First, x => x.Second);
        JsonAnswer.Write(output, writer =>
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

    private static void RenderMeetings(IAnsiConsole console, List<Meeting> meetings, LocalizedText words)
    {
        if (meetings.Count == 0)
        {
            console.WriteWrapped("No meeting matches.");
            return;
        }

        var table = new RecordTable(Counted.Of(meetings.Count, "meeting", "meetings")).AddColumns("Meeting", "Date", "Kind", "No.", "Items", "Law study", "Seed lines").KeepWhole(0, 1, 2, 3, 4, 6).DropFirst(6, 5, 3);
        foreach (var meeting in meetings)
        {
            table.AddRow(
                meeting.Id,
                DateOption.Text(meeting.Date),
                KebabNames.Of(meeting.Kind),
                meeting.Number.ToString(CultureInfo.InvariantCulture),
                meeting.AgendaItems.Length.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", meeting.LawStudies.Select(s => words.Text(s.Law, s.EnglishLaw))),
                FormattableString.Invariant($"{meeting.Source.Line}-{meeting.Source.EndLine}"));
        }

        table.Write(console);
    }

    private static void RenderItems(IAnsiConsole console, List<MeetingItem> items, LocalizedText words)
    {
        if (items.Count == 0)
        {
            console.WriteWrapped("No agenda item matches.");
            return;
        }

        var table = new RecordTable(Counted.Of(items.Count, "agenda item", "agenda items")).AddColumns("Item", "Date", "Kind", "Presenters", "Subject").KeepWhole(0, 1, 2);
        foreach (var (meeting, item) in items.Select(x => (x.Meeting, x.Item)))
        {
            table.AddRow(
                item.Id,
                DateOption.Text(meeting.Date),
                KebabNames.Of(item.Kind),
                words.People(item.Presenters.Select(p => (p.Role, p.EnglishRole, p.Name, p.PersonId))),
                words.Text(item.Subject, item.EnglishSubject));
        }

        table.Write(console);
    }
}
