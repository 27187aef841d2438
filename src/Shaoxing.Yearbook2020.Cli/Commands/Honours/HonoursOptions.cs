using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Honours;

/// <summary>What <c>honours</c> is asked.</summary>
/// <param name="Recipient">Only honours received by this person or unit (<c>--recipient</c>).</param>
/// <param name="Level">Only honours of this level (<c>--level</c>).</param>
/// <param name="Title">Only honours whose title holds this text (<c>--title</c>).</param>
/// <param name="Nominator">Only honours nominated by this unit (<c>--nominator</c>).</param>
/// <param name="Days">The day they were conferred (<c>--date</c>).</param>
/// <param name="Limit">Show at most this many (<c>--limit</c>); absent, a terminal shows <see cref="TerminalLimit"/>.</param>
internal sealed record HonoursOptions(string? Recipient, HonourLevel? Level, string? Title, string? Nominator, DayFilter Days, int? Limit)
{
    /// <summary>How many honours a terminal shows when <c>--limit</c> is not given: about one screen.</summary>
    public const int TerminalLimit = 25;

    /// <summary>The options of <c>honours</c>.</summary>
    public static CommandOptions<HonoursOptions> Declare()
    {
        const string Empty = " is empty; give the text to look for.";
        var recipient = CheckedOption.Text("--recipient", "Everything this person or unit received (展才华, 绍兴市).", "--recipient" + Empty);
        var level = CheckedOption.Enum<HonourLevel>("--level", "Only this level: " + CheckedOption.Names<HonourLevel>() + ".");
        var title = CheckedOption.Text("--title", "Only honours whose title contains this text.", "--title" + Empty);
        var nominator = CheckedOption.Text("--nominator", "Only honours nominated by this unit (表7 推荐单位).", "--nominator" + Empty);
        var days = new DayOptions("honours conferred", date: true);
        var limit = CheckedOption.Limit(
            "--limit",
            $"Show at most this many honours (default: {TerminalLimit} on a terminal, all when the output is a file, a pipe or --json).");
        return new(
            [recipient, level, title, nominator, .. days.Options, limit],
            parsed => new HonoursOptions(
                parsed.GetValue(recipient),
                parsed.GetValue(level),
                parsed.GetValue(title),
                parsed.GetValue(nominator),
                days.Read(parsed),
                parsed.GetValue(limit)));
    }
}
