using Shaoxing.Yearbook2020.Testing;

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
        output.Should().Contain("summary").And.Contain("search").And.Contain("generate");
    }

    [Fact]
    public void GenerateCheck_OnTheCommittedData_Succeeds()
    {
        var (code, output, error) = CliRunner.Run("generate", "--check", "--seeds", RepositoryPaths.Seeds, "--data", RepositoryPaths.Data);

        code.Should().Be(0, error);
        output.Should().Contain("exactly what the generator makes");
    }

    [Fact]
    public void GenerateCheck_OnStaleData_ExitsOneNamingTheFile()
    {
        using var data = TempDirectory.CopyOf(RepositoryPaths.Data);
        File.AppendAllText(Path.Combine(data.Path, "entries.json"), " ");

        var (code, _, error) = CliRunner.Run("generate", "--check", "--seeds", RepositoryPaths.Seeds, "--data", data.Path);

        code.Should().Be(1);
        error.Should().Contain("entries.json").And.Contain("generate");
    }

    [Fact]
    public void Generate_WritesEveryFileWithAOneLineSummary()
    {
        using var data = new TempDirectory();

        var (code, output, error) = CliRunner.Run("generate", "--seeds", RepositoryPaths.Seeds, "--data", data.Path);

        code.Should().Be(0, error);
        output.Split('\n').Should().Contain(l => l.StartsWith("entries.json") && l.Contains("93 records"));
        Directory.EnumerateFiles(data.Path, "*.json").Should().HaveCount(Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Count());
    }
}
