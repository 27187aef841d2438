using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>search TEXT</c>: the entries whose heading or text contains TEXT (with <c>--every</c>, each mention).</summary>
internal static class SearchCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "The text to look for (Chinese, compared exactly; spaces are ignored)." };
        var limit = new Option<int>("--limit") { Description = "Show at most this many entries (with --every, mentions).", DefaultValueFactory = _ => 20 };
        var every = new Option<bool>("--every") { Description = "One row per mention, each with its seed line, rather than one per entry." };
        var command = new Command("search", "Search the entries' headings and texts.") { text, limit, every };
        command.SetAction(parsed =>
        {
            var yearbook = data.YearbookFor(parsed);
            var query = parsed.GetValue(text) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(query))
            {
                return ErrorOutput.BadArguments(error, "the search text is empty; give the text to look for, e.g. yearbook2020 search 槽罐车");
            }

            var most = parsed.GetValue(limit);
            if (most < 1)
            {
                return ErrorOutput.BadArguments(error, $"--limit must be at least 1, not {most}.");
            }

            var everyMention = parsed.GetValue(every);
            var hits = everyMention ? yearbook.Entries.Occurrences(query) : yearbook.Entries.Search(query);
            if (json.IsSet(parsed))
            {
                JsonAnswer.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("query", query);
                    writer.WriteNumber("count", hits.Length);
                    writer.WriteStartArray("hits");
                    foreach (var hit in hits.Take(most))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("entryId", hit.Entry.Id);
                        writer.WriteString("heading", hit.Entry.Heading);
                        writer.WriteString("englishHeading", hit.Entry.EnglishHeading);
                        writer.WriteString("sectionId", hit.Entry.SectionId);
                        writer.WriteNumber("seedLine", hit.SeedLine);
                        writer.WriteString("snippet", hit.Snippet);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var console = ConsoleFactory.For(output);
            var words = new LocalizedText(yearbook, lang.For(parsed));
            // The query is the user's own (Chinese) text: an English title names it without repeating it.
            var quoted = words.IsEnglish ? "the text searched for" : $"'{query}'";
            if (hits.IsEmpty)
            {
                console.WriteWrapped($"No entry contains '{query}'.");
                return ExitCodes.Success;
            }

            var table = new RecordTable(everyMention
                    ? $"{Counted.Of(hits.Length, "mention", "mentions")} of {quoted} in {Counted.Of(hits.Select(h => h.Entry.Id).Distinct().Count(), "entry", "entries")}"
                    : $"{Counted.Of(hits.Length, "entry contains", "entries contain")} {quoted}")
                .AddColumns("Entry", "Heading", "Section", "Seed line", "Snippet").KeepWhole(0).DropFirst(2);
            foreach (var hit in hits.Take(most))
            {
                var section = yearbook.Sections.Find(hit.Entry.SectionId);
                table.AddRow(
                    hit.Entry.Id,
                    words.Text(hit.Entry.Heading, hit.Entry.EnglishHeading),
                    section is null ? hit.Entry.SectionId : words.Label(section, section.Source),
                    hit.SeedLine.ToString(CultureInfo.InvariantCulture),
                    hit.Snippet);
            }

            table.Write(console);
            return ExitCodes.Success;
        });
        return command;
    }
}
