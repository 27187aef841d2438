using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.Agencies;

/// <summary>What <c>agencies</c> is asked.</summary>
/// <param name="Name">One body, by any of its names or its id (<c>NAME</c>); absent, every body.</param>
internal sealed record AgenciesOptions(string? Name)
{
    /// <summary>The argument of <c>agencies</c>.</summary>
    public static CommandOptions<AgenciesOptions> Declare()
    {
        var name = new Argument<string?>("name") { Description = "A full, additional or short name, the English name, the full name's pinyin (any case, spaces and tone marks optional), or an id (e.g. 市发改委, \"Emergency Management Bureau\", \"Shaoxing Shi Yingji Guanli Ju\").", Arity = ArgumentArity.ZeroOrOne };
        return new([name], parsed => new AgenciesOptions(parsed.GetValue(name)));
    }
}
