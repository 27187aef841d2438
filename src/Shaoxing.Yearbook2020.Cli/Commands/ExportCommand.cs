using System.Collections.Immutable;
using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Cli.Export;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>export --format csv|json|jsonl|sqlite|parquet --out DIR</c>: every record kind as flat tables, with a datapackage.json.</summary>
internal static class ExportCommand
{
    public static Command Create(DataOption data, JsonOption json, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "csv, json, jsonl, sqlite or parquet.", Required = true };
        var outDir = new Option<string>("--out") { Description = "The folder to write into (created if needed).", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty (files of the same names are replaced)." };
        var command = new Command("export", "Export every record kind as flat tables (nested lists as child tables with keys), with a Frictionless datapackage.json and a CODEBOOK.md.") { format, outDir, force };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(format) ?? string.Empty;
            // Exactly one name: Enum.TryParse would read "jsonl,json" as the flags Json | Jsonl, which is Sqlite.
            ExportFormat? parsedFormat = name.Trim().ToLowerInvariant() switch
            {
                "csv" => ExportFormat.Csv,
                "json" => ExportFormat.Json,
                "jsonl" => ExportFormat.Jsonl,
                "sqlite" => ExportFormat.Sqlite,
                "parquet" => ExportFormat.Parquet,
                _ => null,
            };
            if (parsedFormat is not { } chosen)
            {
                return ErrorOutput.BadArguments(error, $"unknown format '{name}'; use csv, json, jsonl, sqlite or parquet.");
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
                    writer.WriteString("format", chosen.ToString().ToLowerInvariant());
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

            output.WriteLine($"Wrote {tables.Length} tables ({tables.Sum(t => t.Rows.Length)} rows) as {chosen.ToString().ToLowerInvariant()} to {directory}: {files.Length} files including datapackage.json and CODEBOOK.md.");
            return ExitCodes.Success;
        });
        return command;
    }
}
