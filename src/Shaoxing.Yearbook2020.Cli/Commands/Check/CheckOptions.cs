using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Check;

/// <summary>What <c>check</c> is asked.</summary>
/// <param name="OnlyFailing">Show only the rules that do not hold (<c>--failing</c>).</param>
internal sealed record CheckOptions(bool OnlyFailing)
{
    /// <summary>The options of <c>check</c>.</summary>
    public static CommandOptions<CheckOptions> Declare()
    {
        var failing = new Option<bool>("--failing") { Description = "Show only the rules that do not hold (expected or not)." };
        return new([failing], parsed => new CheckOptions(parsed.GetValue(failing)));
    }
}
