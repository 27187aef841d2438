namespace Shaoxing.Yearbook2020.Cli.Commands.About;

/// <summary>What <c>about</c> is asked.</summary>
/// <param name="Name">A body, person or place, by any of its names or its id (<c>NAME</c>), never blank.</param>
internal sealed record AboutOptions(string Name)
{
    /// <summary>The argument of <c>about</c>.</summary>
    public static CommandOptions<AboutOptions> Declare()
    {
        var name = CheckedOption.TextArgument(
            "name",
            "A body, person or place: a full, additional or short name, an alias, the English name or pinyin, or an id, e.g. 柯桥区, 市应急局, 张永明, Zhuji, \"Sheng Yuechun\".",
            "the name is empty; give a body, person or place, e.g. yearbook2020 about 柯桥区");
        return new([name], parsed => new AboutOptions(parsed.GetValue(name) ?? string.Empty));
    }
}
