using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// The global <c>--json</c> option: a command writes its answer as one JSON document on standard output instead
/// of tables, so that scripts read the answer without parsing text laid out for a terminal.
/// </summary>
internal sealed class JsonOption
{
    public JsonOption()
    {
        Option = new Option<bool>("--json")
        {
            Description = "Write the answer as JSON on standard output (records in the package's JSON shape); errors stay on standard error.",
            Recursive = true,
        };
    }

    /// <summary>The option, added to the root command and so accepted by every command.</summary>
    public Option<bool> Option { get; }

    /// <summary>Whether a parsed command line asks for JSON.</summary>
    public bool IsSet(ParseResult parsed) => parsed.GetValue(Option);
}
