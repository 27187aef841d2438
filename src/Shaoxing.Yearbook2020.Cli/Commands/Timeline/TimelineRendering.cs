using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Timeline;

/// <summary>Writes the timeline as a table or JSON: each record's date, kind, id, lines and label.</summary>
internal static class TimelineRendering
{
    public static int Write(Answer answer, TimelineSelection found)
    {
        var records = found.Records;
        if (answer.IsJson)
        {
            WriteJson(answer.Output, answer.Yearbook, records);
            return ExitCodes.Success;
        }

        var table = new RecordTable(Counted.Of(records.Count, "dated record", "dated records"))
            .AddColumns("Date", "Kind", "Id", "Lines", "Record").KeepWhole(0, 1, 2, 3).DropFirst(3);
        foreach (var record in records)
        {
            table.AddRow(
                DateOption.Text(record.Date),
                TimelineSelection.KindOf(record),
                record.Id,
                string.Create(CultureInfo.InvariantCulture, $"{record.Source.Line}-{record.Source.EndLine}"),
                answer.Words.Label(record, record.Source));
        }

        table.Write(answer.Console);
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, Yearbook yearbook, IReadOnlyList<IDatedRecord> records) =>
        JsonAnswer.Write(output, writer =>
        {
            var english = new LocalizedText(yearbook, OutputLanguage.English);
            writer.WriteStartObject();
            writer.WriteString("kind", "timeline");
            writer.WriteNumber("count", records.Count);
            writer.WriteStartArray("records");
            foreach (var record in records)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", TimelineSelection.KindOf(record));
                writer.WriteString("id", record.Id);
                writer.WriteString("date", DateOption.Text(record.Date));
                writer.WriteNumber("line", record.Source.Line);
                writer.WriteNumber("endLine", record.Source.EndLine);
                writer.WriteString("label", RecordLabel.Of(record, record.Source));
                writer.WriteString("englishLabel", english.Label(record, record.Source));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
