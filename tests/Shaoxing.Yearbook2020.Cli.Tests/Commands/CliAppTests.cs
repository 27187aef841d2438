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
