using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands.Summary;

/// <summary>Writes the summary: the dataset, its sections and the record counts per kind, as tables or JSON.</summary>
internal static class SummaryRendering
{
    public static int Write(Answer answer, SummarySelection found)
    {
        var yearbook = found.Yearbook;
        if (answer.IsJson)
        {
            JsonAnswer.Write(answer.Output, writer => WriteJson(yearbook, writer));
        }
        else
        {
            Render(yearbook, answer.Console, answer.Words);
        }

        return ExitCodes.Success;
    }

    /// <summary>The summary as JSON: <c>dataset</c> (the manifest without its file list), <c>sections</c> and <c>files</c>.</summary>
    internal static void WriteJson(Yearbook yearbook, System.Text.Json.Utf8JsonWriter writer)
    {
        var dataset = yearbook.Dataset;
        writer.WriteStartObject();
        writer.WriteStartObject("dataset");
        writer.WriteString("title", dataset.Title);
        writer.WriteNumber("coverageYear", dataset.CoverageYear);
        writer.WriteString("seedFileName", dataset.SeedFileName);
        writer.WriteString("seedSha256", dataset.SeedSha256);
        writer.WriteNumber("seedLineCount", dataset.SeedLineCount);
        writer.WriteString("generatorVersion", dataset.GeneratorVersion);
        writer.WriteEndObject();
        writer.WriteStartArray("sections");
        foreach (var section in yearbook.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("id", section.Id);
            writer.WriteString("title", section.Title);
            writer.WriteString("inferredTitle", section.InferredTitle);
            writer.WriteString("englishTitle", section.EnglishTitle ?? section.EnglishInferredTitle);
            writer.WriteString("provider", section.Provider);
            writer.WriteNumber("entries", section.EntryIds.Length);
            writer.WriteNumber("line", section.Source.Line);
            writer.WriteNumber("endLine", section.Source.EndLine);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("entries", yearbook.Entries.Count);
        writer.WriteStartArray("files");
        foreach (var file in dataset.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("name", file.Name);
            writer.WriteNumber("records", file.Records);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static void Render(Yearbook yearbook, IAnsiConsole console, LocalizedText text)
    {
        var dataset = yearbook.Dataset;
        var about = new RecordTable("Dataset").AddColumns("Property", "Value").KeepWhole(0);
        about.AddRow("Title", dataset.Title);
        about.AddRow("Coverage year", dataset.CoverageYear.ToString(CultureInfo.InvariantCulture));
        about.AddRow("Seed file", dataset.SeedFileName);
        about.AddRow("Seed SHA-256", dataset.SeedSha256);
        about.AddRow("Seed lines", dataset.SeedLineCount.ToString(CultureInfo.InvariantCulture));
        about.AddRow("Generator version", dataset.GeneratorVersion);
        about.Write(console);

        var sections = new RecordTable("Sections").AddColumns("Id", "Title", "Provider", "Entries", "Seed lines").KeepWhole(0, 4).DropFirst(2, 4);
        foreach (var section in yearbook.Sections)
        {
            var title = text.Optional(section.Title, section.EnglishTitle) ?? $"{text.Optional(section.InferredTitle, section.EnglishInferredTitle)} (inferred: no title line in the text)";
            sections.AddRow(
                section.Id,
                title,
                text.AgencyName(section.Provider) ?? "-",
                section.EntryIds.Length.ToString(CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{section.Source.Line}-{section.Source.EndLine}"));
        }

        sections.AddRow("all", string.Empty, string.Empty, yearbook.Entries.Count.ToString(CultureInfo.InvariantCulture), string.Empty);
        sections.Write(console);

        var files = new RecordTable("Records per kind").AddColumns("File", "Records", "SHA-256").KeepWhole(0);
        foreach (var file in dataset.Files)
        {
            files.AddRow(file.Name, file.Records.ToString(CultureInfo.InvariantCulture), file.Sha256[..16] + "…");
        }

        files.Write(console);
    }
}
