using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Search;

/// <summary>What <c>search</c> is asked.</summary>
/// <param name="Text">The text to look for (<c>TEXT</c>), never blank.</param>
/// <param name="Limit">Show at most this many hits (<c>--limit</c>).</param>
/// <param name="Every">One hit per mention rather than per entry (<c>--every</c>).</param>
internal sealed record SearchOptions(string Text, int Limit, bool Every)
{
    /// <summary>The arguments and options of <c>search</c>.</summary>
    public static CommandOptions<SearchOptions> Declare()
    {
        var text = CheckedOption.TextArgument(
            "text",
            "The text to look for (Chinese, compared exactly; spaces are ignored).",
            "the search text is empty; give the text to look for, e.g. yearbook2020 search 槽罐车");
        var limit = CheckedOption.Limit("--limit", "Show at most this many entries (with --every, mentions).", byDefault: 20);
        var every = new Option<bool>("--every") { Description = "One row per mention, each with its seed line, rather than one per entry." };
        return new([text, limit, every], parsed => new SearchOptions(parsed.GetValue(text) ?? string.Empty, parsed.GetValue(limit) ?? 20, parsed.GetValue(every)));
    }
}
