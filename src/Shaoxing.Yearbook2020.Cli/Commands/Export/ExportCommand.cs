using System.Collections.Immutable;
using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Cli.Export;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>export --format csv|json|jsonl|sqlite|parquet|csv-excel[,…] --out DIR</c>: every record kind as flat tables, with a datapackage.json per format.</summary>
internal static class ExportCommand
{
    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format")
        {
            Description = $"{string.Join(", ", ResourceFormat.All.Select(ResourceFormat.Name))}, or several separated by commas (csv,parquet: each into a subfolder named after it).",
            Required = true,
        };
        var outDir = new Option<string>("--out") { Description = "The folder to write into (created if needed).", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty (files of the same names are replaced)." };
        var command = new Command("export", "Export every record kind as flat tables (nested lists as child tables with keys), with a Frictionless datapackage.json and a CODEBOOK.md.") { format, outDir, force };
        command.SetAction(parsed =>
        {
            if (!ResourceFormat.TryParseList(parsed.GetValue(format) ?? string.Empty, out var chosen, out var formatProblem))
            {
                return ErrorOutput.BadArguments(error, formatProblem);
            }

            if (!FolderArgument.TryResolve(parsed.GetValue(outDir) ?? string.Empty, "--out", mustExist: false, out var directory, out var problem))
            {
                return ErrorOutput.BadArguments(error, problem);
            }

            var yearbook = data.YearbookFor(parsed);
            var report = yearbook.Validate();
            if (!report.IsValid)
            {
                return ErrorOutput.Failure(
                    error,
                    $"the data is not valid ({Counted.Of(report.Issues.Length, "problem", "problems")}); nothing was exported. First: {string.Join("; ", report.Issues.Take(3))}");
            }

            var tables = DataExporter.Tables(yearbook);
            ImmutableArray<string> files;
            try
            {
                using var folder = ExportFolder.TryTake(directory);
                if (folder is null)
                {
                    return ErrorOutput.Failure(error, $"another export is writing into {FolderArgument.Shorten(directory)}; wait for it to finish.");
                }

                if (folder.Entries().Any() && !parsed.GetValue(force))
                {
                    return ErrorOutput.BadArguments(error, $"{directory} is not empty; choose an empty folder or pass --force to write into it.");
                }

                files = DataExporter.Export(tables, yearbook.Dataset, chosen, folder, Interruption.Token);
            }
            catch (PathTooLongException ex)
            {
                return ErrorOutput.BadArguments(error, $"--out '{FolderArgument.Shorten(directory)}' is not a usable folder path: {FolderArgument.Shorten(ex.Message)}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                return ErrorOutput.Failure(error, $"cannot write to --out '{FolderArgument.Shorten(directory)}': {FolderArgument.Shorten(ex.Message)}");
            }

            if (json.IsSet(parsed))
            {
                JsonAnswer.Write(output, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("format", string.Join(",", chosen.Select(ResourceFormat.Name)));
                    writer.WriteStartArray("formats");
                    foreach (var one in chosen)
                    {
                        writer.WriteStringValue(ResourceFormat.Name(one));
                    }

                    writer.WriteEndArray();
                    writer.WriteString("directory", directory);
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
                return ExitCodes.Success;
            }

            var rows = tables.Sum(t => t.Rows.Length);
            output.WriteLine(chosen.Count == 1
                ? $"Wrote {tables.Length} tables ({rows} rows) as {ResourceFormat.Name(chosen[0])} to {directory}: {files.Length} files including datapackage.json and CODEBOOK.md."
                : $"Wrote {tables.Length} tables ({rows} rows) as {string.Join(", ", chosen.Select(ResourceFormat.Name))} to {directory}, each format in its own subfolder "
                    + $"({string.Join(", ", chosen.Select(f => ResourceFormat.Name(f) + "/"))}) with its datapackage.json and CODEBOOK.md: {files.Length} files.");
            return ExitCodes.Success;
        });
        return command;
    }
}
