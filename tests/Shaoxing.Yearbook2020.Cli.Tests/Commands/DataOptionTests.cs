using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class DataOptionTests
{
    private const string RenamedEnglishName = "Commission Renamed In A Copy Of The Data";

    [Fact]
    public void Agencies_WithDataFolder_AnswersFromTheFolder()
    {
        using var data = CopyWithRenamedAgency();

        var (code, output, error) = CliRunner.Run("agencies", "发改委", "--data", data.Path);
        var (_, embedded, _) = CliRunner.Run("agencies", "发改委");

        code.Should().Be(0, error);
        output.Should().Contain(RenamedEnglishName);
        embedded.Should().NotContain(RenamedEnglishName);
    }

    [Fact]
    public void DataOption_BeforeTheCommand_AppliesToIt()
    {
        using var data = CopyWithRenamedAgency();

        var (code, output, error) = CliRunner.Run("--data", data.Path, "agencies", "发改委");

        code.Should().Be(0, error);
        output.Should().Contain(RenamedEnglishName);
    }

    [Fact]
    public void Export_WithDataFolder_ExportsTheFolder()
    {
        using var data = CopyWithRenamedAgency();
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", "json", "--out", output.Path, "--data", data.Path);

        code.Should().Be(0, error);
        File.ReadAllText(Path.Combine(output.Path, "agencies.json")).Should().Contain(RenamedEnglishName);
    }

    [Fact]
    public void Summary_WithDataFolderMissingAFile_ExitsOneNamingItWithoutAStackTrace()
    {
        using var data = TempDirectory.CopyOf(RepositoryPaths.Data);
        File.Delete(Path.Combine(data.Path, "captions.json"));

        var (code, output, error) = CliRunner.Run("summary", "--data", data.Path);

        code.Should().Be(1);
        error.Should().StartWith("error: ").And.Contain("captions.json");
        (output + error).Should().NotContainAny(["Exception", "   at "]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("no-such-folder")]
    public void Summary_WithBlankOrMissingDataFolder_ExitsTwo(string folder)
    {
        using var temp = new TempDirectory();
        var path = string.IsNullOrWhiteSpace(folder) ? folder : Path.Combine(temp.Path, folder);

        var (code, _, error) = CliRunner.Run("summary", "--data", path);

        code.Should().Be(2);
        error.Should().StartWith("error: ").And.Contain("--data");
    }

    /// <summary>A copy of the data in which 市发改委's English name is changed.</summary>
    private static TempDirectory CopyWithRenamedAgency() =>
        EditedData.With("agencies.json", agencies =>
            agencies.Single(a => a!["shortNames"]!.AsArray().Any(n => (string?)n == "市发改委"))!["englishName"] = RenamedEnglishName);
}
