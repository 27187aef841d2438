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
        var format = CheckedOption.Register(new Option<IReadOnlyList<ExportFormat>>("--format")
        {
            Description = $"{string.Join(", ", ResourceFormat.All.Select(ResourceFormat.Name))}, or several separated by commas (csv,parquet: each into a subfolder named after it).",
            Required = true,

            // One value, a comma-separated list: a list type would otherwise take every token after it.
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result =>
            {
                if (ResourceFormat.TryParseList(result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value, out var chosen, out var problem))
                {
                    return chosen;
                }

                result.AddError(problem);
                return [];
            },
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
            parsed => new ExportOptions(parsed.GetValue(format) ?? [], Path.GetFullPath(parsed.GetValue(outDir) ?? string.Empty), parsed.GetValue(force)));
    }
}
