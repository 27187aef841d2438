using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli.Commands.Export;

/// <summary>Writes the tables into the folder in every format asked for, then says what it wrote (a sentence, or JSON).</summary>
internal static class ExportRendering
{
    public static int Write(Answer answer, ExportSelection found)
    {
        var (error, directory, chosen, tables) = (answer.Error, found.Options.Directory, found.Options.Formats, found.Tables);
        if (!found.Validation.IsValid)
        {
            var issues = found.Validation.Issues;
            return ErrorOutput.Failure(
                error,
                $"the data is not valid ({Counted.Of(issues.Length, "problem", "problems")}); nothing was exported. First: {string.Join("; ", issues.Take(3))}");
        }

        ImmutableArray<string> files;
        try
        {
            using var folder = ExportFolder.TryTake(directory);
            if (folder is null)
            {
                return ErrorOutput.Failure(error, $"another export is writing into {FolderArgument.Shorten(directory)}; wait for it to finish.");
            }

            if (folder.Entries().Any() && !found.Options.Force)
            {
                return ErrorOutput.BadArguments(error, $"{directory} is not empty; choose an empty folder or pass --force to write into it.");
            }

            files = DataExporter.Export(tables, answer.Yearbook.Dataset, chosen, folder, Interruption.Token);
        }
        catch (PathTooLongException ex)
        {
            return ErrorOutput.BadArguments(error, $"--out '{FolderArgument.Shorten(directory)}' is not a usable folder path: {FolderArgument.Shorten(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return ErrorOutput.Failure(error, $"cannot write to --out '{FolderArgument.Shorten(directory)}': {FolderArgument.Shorten(ex.Message)}");
        }

        if (answer.IsJson)
        {
            WriteJson(answer.Output, found, files);
            return ExitCodes.Success;
        }

        var rows = tables.Sum(t => t.Rows.Length);
        answer.Output.WriteLine(chosen.Count == 1
            ? $"Wrote {tables.Length} tables ({rows} rows) as {ResourceFormat.Name(chosen[0])} to {directory}: {files.Length} files including datapackage.json and CODEBOOK.md."
            : $"Wrote {tables.Length} tables ({rows} rows) as {string.Join(", ", chosen.Select(ResourceFormat.Name))} to {directory}, each format in its own subfolder "
                + $"({string.Join(", ", chosen.Select(f => ResourceFormat.Name(f) + "/"))}) with its datapackage.json and CODEBOOK.md: {files.Length} files.");
        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, ExportSelection found, ImmutableArray<string> files) =>
        JsonAnswer.Write(output, writer =>
        {
            var (chosen, tables) = (found.Options.Formats, found.Tables);
            writer.WriteStartObject();
            writer.WriteString("format", string.Join(",", chosen.Select(ResourceFormat.Name)));
            writer.WriteStartArray("formats");
            foreach (var one in chosen)
            {
                writer.WriteStringValue(ResourceFormat.Name(one));
            }

            writer.WriteEndArray();
            writer.WriteString("directory", found.Options.Directory);
            writer.WriteNumber("tables", tables.Length);
            writer.WriteNumber("rows", tables.Sum(t => t.Rows.Length));
            writer.WriteStartArray("files");
            foreach (var file in files)
            {
                writer.WriteStringValue(file);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
