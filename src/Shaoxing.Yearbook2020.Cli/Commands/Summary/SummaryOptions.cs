namespace Shaoxing.Yearbook2020.Cli.Commands.Summary;

/// <summary>What <c>summary</c> is asked: nothing but the shared options; it shows the whole yearbook.</summary>
internal sealed record SummaryOptions
{
    /// <summary>The options of <c>summary</c>: none of its own.</summary>
    public static CommandOptions<SummaryOptions> Declare() => new([], _ => new SummaryOptions());
}
