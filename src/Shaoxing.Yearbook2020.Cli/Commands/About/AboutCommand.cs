using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>about NAME</c>: every record that names a body, a person or a place (<see cref="Yearbook.About"/>).</summary>
internal static class AboutCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "A body, person or place: a full, additional or short name, an alias, the English name or pinyin, or an id, e.g. 柯桥区, 市应急局, 张永明, Zhuji, \"Sheng Yuechun\"." };
        var command = new Command("about", "List every record that names a body, a person or a place, grouped by kind, with the seed lines where it does.") { name };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var wanted = parsed.GetValue(name) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(wanted))
            {
                return ErrorOutput.BadArguments(error, "the name is empty; give a body, person or place, e.g. yearbook2020 about 柯桥区");
            }

            var about = yearbook.About(wanted);
            if (about.IsEmpty)
            {
                return ErrorOutput.BadArguments(error, $"no body, person or place is named '{wanted}'.{GovernmentFormat.SuggestAgencies(yearbook, wanted)}");
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.Write(output, writer =>
                {
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
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var console = ConsoleFactory.For(output);
            var words = new LocalizedText(yearbook, lang.For(parsed));
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

            table.Write(console);
            return ExitCodes.Success;
        });
        return command;
    }

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
