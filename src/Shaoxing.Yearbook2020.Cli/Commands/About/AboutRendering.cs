using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.About;

/// <summary>Writes the records that name something, grouped by kind: a table, or their ids, lines and labels as JSON.</summary>
internal static class AboutRendering
{
    public static int Write(Answer answer, AboutSelection found)
    {
        var about = found.About;
        if (answer.IsJson)
        {
            WriteJson(answer.Output, answer.Yearbook, about);
            return ExitCodes.Success;
        }

        var words = answer.Words;
        var subjects = about.Agencies.Select(a => $"{words.Agency(a)} ({a.Id})")
            .Concat(about.People.Select(p => $"{words.Person(p.Name, p.Id)} ({p.Id})"))
            .Concat(about.Places.Select(p => $"{words.Place(p)} ({p.Id})"));
        var total = about.Groups.Sum(g => g.Matches.Length);
        var table = new RecordTable($"{string.Join(", ", subjects)}: {Counted.Of(total, "record", "records")} in {Counted.Of(about.Groups.Length, "kind", "kinds")}")
            .AddColumns("Kind", "Id", "Lines", "Record").KeepWhole(0, 1, 2).DropFirst(2);
        foreach (var group in about.Groups)
        {
            foreach (var match in group.Matches)
            {
                table.AddRow(
                    group.Kind.Name,
                    match.Id,
                    string.Create(CultureInfo.InvariantCulture, $"{match.Source.Line}-{match.Source.EndLine}"),
                    words.Label(match.Record, match.Source));
            }
        }

        table.Write(answer.Console);
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, Yearbook yearbook, AboutResult about) =>
        JsonAnswer.Write(output, writer =>
        {
            var english = new LocalizedText(yearbook, OutputLanguage.English);
            writer.WriteStartObject();
            writer.WriteString("query", about.Query);
            WriteIds(writer, "agencyIds", about.Agencies.Select(a => a.Id));
            WriteIds(writer, "personIds", about.People.Select(p => p.Id));
            WriteIds(writer, "placeIds", about.Places.Select(p => p.Id));
            writer.WriteNumber("count", about.Groups.Sum(g => g.Matches.Length));
            writer.WriteStartArray("groups");
            foreach (var group in about.Groups)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", group.Kind.Name);
                writer.WriteNumber("count", group.Matches.Length);
                writer.WriteStartArray("matches");
                foreach (var match in group.Matches)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", match.Id);
                    writer.WriteNumber("line", match.Source.Line);
                    writer.WriteNumber("endLine", match.Source.EndLine);
                    writer.WriteString("label", RecordLabel.Of(match.Record, match.Source));
                    writer.WriteString("englishLabel", english.Label(match.Record, match.Source));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteIds(System.Text.Json.Utf8JsonWriter writer, string property, IEnumerable<string> ids)
    {
        writer.WriteStartArray(property);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
