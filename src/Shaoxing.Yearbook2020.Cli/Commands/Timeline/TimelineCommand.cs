using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>timeline</c>: every dated record of every kind in date order (<see cref="Yearbook.Timeline"/>).</summary>
internal static class TimelineCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var month = new Option<int?>("--month") { Description = "Only records of this month of 2020 (1-12)." };
        var from = new Option<string?>("--from") { Description = "Only records on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Only records on or before this day (yyyy-MM-dd)." };
        var kind = new Option<string?>("--kind") { Description = "Only records of this kind: meetings, safety-incidents, honours or captions." };
        var command = new Command("timeline", "List the dated records of every kind (meetings, safety incidents, honours, captions) in date order.")
        {
            month, from, to, kind,
        };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var kinds = Yearbook.Kinds.Where(k => k.RecordType.IsAssignableTo(typeof(IDatedRecord))).ToList();
            IEnumerable<IDatedRecord> selected = yearbook.Timeline;
            if (parsed.GetValue(month) is { } m)
            {
                if (m is < 1 or > 12)
                {
                    return ErrorOutput.BadArguments(error, $"--month must be between 1 and 12, not {m}.");
                }

                selected = yearbook.Timeline.InMonth(m);
            }

            if (!DateOption.TryReadRange(parsed.GetValue(from), parsed.GetValue(to), out var first, out var last, out var problem))
            {
                return ErrorOutput.BadArguments(error, problem);
            }

            selected = selected.Where(r => (first is null || r.Date >= first) && (last is null || r.Date <= last));
            if (parsed.GetValue(kind) is { } k)
            {
                var wanted = kinds.FirstOrDefault(x => string.Equals(x.Name, k.Trim(), StringComparison.OrdinalIgnoreCase));
                if (wanted is null)
                {
                    return ErrorOutput.BadArguments(error, $"--kind is one of {string.Join(", ", kinds.Select(x => x.Name))}, not '{k}'.");
                }

                selected = selected.Where(r => r.GetType() == wanted.RecordType);
            }

            var records = selected.ToList();
            string KindOf(IDatedRecord record) => kinds.First(x => x.RecordType == record.GetType()).Name;
            if (json.IsSet(parsed))
            {
                JsonAnswer.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", "timeline");
                    writer.WriteNumber("count", records.Count);
                    writer.WriteStartArray("records");
                    foreach (var record in records)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("kind", KindOf(record));
                        writer.WriteString("id", record.Id);
                        writer.WriteString("date", DateOption.Text(record.Date));
                        writer.WriteNumber("line", record.Source.Line);
                        writer.WriteNumber("endLine", record.Source.EndLine);
                        writer.WriteString("label", RecordLabel.Of(record, record.Source));
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var words = new LocalizedText(yearbook, lang.For(parsed));
            var table = new RecordTable(Counted.Of(records.Count, "dated record", "dated records"))
                .AddColumns("Date", "Kind", "Id", "Lines", "Record").KeepWhole(0, 1, 2, 3).DropFirst(3);
            foreach (var record in records)
            {
                table.AddRow(
                    DateOption.Text(record.Date),
                    KindOf(record),
                    record.Id,
                    string.Create(CultureInfo.InvariantCulture, $"{record.Source.Line}-{record.Source.EndLine}"),
                    words.Label(record, record.Source));
            }

            table.Write(ConsoleFactory.For(output));
            return ExitCodes.Success;
        });
        return command;
    }
}
