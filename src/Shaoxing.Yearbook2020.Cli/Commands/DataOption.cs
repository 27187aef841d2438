using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// The global <c>--data DIR</c> option: which yearbook a command answers from — the package's embedded data, or
/// a copy of the data files in a folder, read with <see cref="Yearbook.Load(string)"/>.
/// </summary>
internal sealed class DataOption
{
    public DataOption()
    {
        Option = new Option<string>("--data")
        {
            Description = "Answer from the data files in this folder (laid out as the package's Data/ folder) instead of the embedded data.",
            Recursive = true,
        };
        CheckedOption.Register(Option);
        Option.Validators.Add(result =>
        {
            if (!FolderArgument.TryResolve(result.GetValueOrDefault<string>() ?? string.Empty, Option.Name, mustExist: true, out _, out var problem))
            {
                result.AddError(problem);
            }
        });
    }

    /// <summary>The option, added to the root command and so accepted by every command.</summary>
    public Option<string> Option { get; }

    /// <summary>The yearbook a parsed command line asks for.</summary>
    /// <exception cref="YearbookDataException">The folder's files are missing, damaged or inconsistent.</exception>
    public Yearbook YearbookFor(ParseResult parsed) =>
        parsed.GetValue(Option) is { } text ? Yearbook.Load(Path.GetFullPath(text)) : Yearbook.Default;
}
