namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class CliAppTests
{
    [Fact]
    public void UnknownCommand_ExitsTwo_NamingIt()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");

        code.Should().Be(2);
        error.Should().Contain("frobnicate").And.Contain("--help");
    }

    [Theory]
    [InlineData("meetngs", "unknown command 'meetngs'; did you mean 'meetings' or 'meeting'?")]
    [InlineData("chek", "unknown command 'chek'; did you mean 'check'?")]
    [InlineData("--jsno summary", "unknown option '--jsno' for 'summary'; did you mean '--json'?")]
    [InlineData("meetings --mnth 7", "unknown option '--mnth' for 'meetings'; did you mean '--month'?")]
    [InlineData("export --fromat csv --out x", "unknown option '--fromat' for 'export'; did you mean '--format'?")]
    [InlineData("incidents --fatl", "unknown option '--fatl' for 'incidents'; did you mean '--fatal'?")]
    public void MistypedCommandOrOption_ExitsTwo_SuggestingTheNearestName(string args, string message)
    {
        var (code, _, error) = CliRunner.Run(args.Split(' '));

        code.Should().Be(2);
        error.Should().StartWith("error: " + message + Environment.NewLine);
        error.Should().NotContain("Required command was not provided").And.NotContain("Unrecognized command or argument");
    }

    [Fact]
    public void UnknownCommandFarFromEveryName_SuggestsNothing()
    {
        var (code, _, error) = CliRunner.Run("frobnicate", "--now");

        code.Should().Be(2);
        error.Should().StartWith("error: unknown command 'frobnicate'." + Environment.NewLine).And.NotContain("did you mean").And.NotContain("--now");
    }

    [Theory]
    [InlineData("fromat", "format", 1)]
    [InlineData("meetngs", "meetings", 1)]
    [InlineData("chek", "check", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsInsertionsDeletionsChangesAndSwaps(string a, string b, int distance)
    {
        Suggestions.Distance(a, b).Should().Be(distance);
        Suggestions.Distance(b, a).Should().Be(distance);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (code, output, _) = CliRunner.Run("--help");

        code.Should().Be(0);
        output.Should().Contain("summary").And.Contain("search").And.Contain("export");
    }

    [Fact]
    public void CliAssembly_References_OnlyThePackageOfThisRepository()
    {
        var ours = typeof(CliApp).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .Where(n => n!.StartsWith("Shaoxing.", StringComparison.Ordinal));

        ours.Should().Equal(["Shaoxing.Yearbook2020"], "the tool ships the package and the CLI only");
    }
}
