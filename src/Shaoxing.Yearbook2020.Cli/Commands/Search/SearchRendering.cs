using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Commands.Search;

/// <summary>Writes the hits of a search: entry, heading, section, line and snippet; or as JSON.</summary>
internal static class SearchRendering
{
    public static int Write(Answer answer, SearchSelection found)
    {
        var (query, most, hits) = (found.Options.Text, found.Options.Limit, found.Hits);
        if (answer.IsJson)
        {
            WriteJson(answer.Output, found);
            return ExitCodes.Success;
        }

        var words = answer.Words;

        // The query is the user's own (Chinese) text: an English title names it without repeating it.
        var quoted = words.IsEnglish ? "the text searched for" : $"'{query}'";
        if (hits.IsEmpty)
        {
            answer.Console.WriteWrapped($"No entry contains '{query}'.");
            return ExitCodes.Success;
        }

        var table = new RecordTable(found.Options.Every
                ? $"{Counted.Of(hits.Length, "mention", "mentions")} of {quoted} in {Counted.Of(hits.Select(h => h.Entry.Id).Distinct().Count(), "entry", "entries")}"
                : $"{Counted.Of(hits.Length, "entry contains", "entries contain")} {quoted}")
            .AddColumns("Entry", "Heading", "Section", "Seed line", "Snippet").KeepWhole(0).DropFirst(2);
        foreach (var hit in hits.Take(most))
        {
            var section = answer.Yearbook.Sections.Find(hit.Entry.SectionId);
            table.AddRow(
                hit.Entry.Id,
                words.Text(hit.Entry.Heading, hit.Entry.EnglishHeading),
                section is null ? hit.Entry.SectionId : words.Label(section, section.Source),
                hit.SeedLine.ToString(CultureInfo.InvariantCulture),
                hit.Snippet);
        }

        table.Write(answer.Console);
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, SearchSelection found) =>
        JsonAnswer.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("query", found.Options.Text);
            writer.WriteNumber("count", found.Hits.Length);
            writer.WriteStartArray("hits");
            foreach (var hit in found.Hits.Take(found.Options.Limit))
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
}
