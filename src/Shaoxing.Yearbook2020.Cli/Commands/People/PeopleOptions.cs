using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands.People;

/// <summary>What <c>people</c> is asked.</summary>
/// <param name="Name">One person, by name or pinyin (<c>NAME</c>); absent, everyone.</param>
internal sealed record PeopleOptions(string? Name)
{
    /// <summary>The argument of <c>people</c>.</summary>
    public static CommandOptions<PeopleOptions> Declare()
    {
        var name = new Argument<string?>("name") { Description = "A person's name in Chinese or in pinyin (any case, spaces and tone marks optional), e.g. 张永明 or \"Zhang Yongming\".", Arity = ArgumentArity.ZeroOrOne };
        return new([name], parsed => new PeopleOptions(parsed.GetValue(name)));
    }
}
