using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Export;

/// <summary><c>export --format csv|json|jsonl|sqlite|parquet|csv-excel[,…] --out DIR</c>: every record kind as flat tables, with a datapackage.json per format.</summary>
internal static class ExportCommand
{
    /// <summary>The name the command is called by.</summary>
    public const string Name = "export";

    public static Command Create(SharedOptions shared) => shared.Command(
        Name,
        "Export every record kind as flat tables (nested lists as child tables with keys), with a Frictionless datapackage.json and a CODEBOOK.md.",
        ExportOptions.Declare(),
        ExportSelection.Of,
        ExportRendering.Write);
}
