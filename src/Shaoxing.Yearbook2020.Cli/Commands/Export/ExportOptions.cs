using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Export;

namespace Shaoxing.Yearbook2020.Cli.Commands.Export;

/// <summary>What <c>export</c> is asked.</summary>
/// <param name="Formats">The formats, each at most once (<c>--format</c>).</param>
/// <param name="Directory">The full path of the folder to write into (<c>--out</c>).</param>
/// <param name="Force">Write into a folder that is not empty (<c>--force</c>).</param>
internal sealed record ExportOptions(IReadOnlyList<ExportFormat> Formats, string Directory, bool Force)
{
    /// <summary>The options of <c>export</c>.</summary>
    public static CommandOptions<ExportOptions> Declare()
    {
        // Read as text and checked by the list's own parser: a list type would take every token after the option, and
        // asks System.CommandLine to make collections, which the ahead-of-time compiled tool is better without.
        var format = CheckedOption.Register(new Option<string>("--format")
        {
            Description = $"{string.Join(", ", ResourceFormat.All.Select(ResourceFormat.Name))}, or several separated by commas (csv,parquet: each into a subfolder named after it).",
            Required = true,
        });
        format.Validators.Add(result =>
        {
            if (!ResourceFormat.TryParseList(result.GetValueOrDefault<string>() ?? string.Empty, out _, out var problem))
            {
                result.AddError(problem);
            }
        });
        var outDir = CheckedOption.Register(new Option<string>("--out") { Description = "The folder to write into (created if needed).", Required = true });
        outDir.Validators.Add(result =>
        {
            if (!FolderArgument.TryResolve(result.GetValueOrDefault<string>() ?? string.Empty, "--out", mustExist: false, out _, out var problem))
            {
                result.AddError(problem);
            }
        });
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty (files of the same names are replaced)." };
        return new(
            [format, outDir, force],
            parsed => new ExportOptions(FormatsIn(parsed.GetValue(format)), Path.GetFullPath(parsed.GetValue(outDir) ?? string.Empty), parsed.GetValue(force)));
    }

    // The formats of a value the parser has accepted.
    private static IReadOnlyList<ExportFormat> FormatsIn(string? text) =>
        ResourceFormat.TryParseList(text ?? string.Empty, out var formats, out _) ? formats : [];
}
