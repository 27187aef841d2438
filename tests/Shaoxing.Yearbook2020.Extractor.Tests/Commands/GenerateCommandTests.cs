using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Help_ListsGenerate()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(0);
        output.Should().Contain("generate");
    }

    [Fact]
    public void GenerateCheck_OnTheCommittedData_Succeeds()
    {
        var (code, output, error) = Run("generate", "--check", "--seeds", RepositoryPaths.Seeds, "--data", RepositoryPaths.Data);

        code.Should().Be(0, error);
        output.Should().Contain("exactly what the generator makes");
    }

    [Fact]
    public void GenerateCheck_OnStaleData_ExitsOneNamingTheFileAndTheCommand()
    {
        using var data = TempDirectory.CopyOf(RepositoryPaths.Data);
        File.AppendAllText(Path.Combine(data.Path, "entries.json"), " ");

        var (code, _, error) = Run("generate", "--check", "--seeds", RepositoryPaths.Seeds, "--data", data.Path);

        code.Should().Be(1);
        error.Should().Contain("entries.json").And.Contain("--project src/Shaoxing.Yearbook2020.Extractor");
    }

    [Fact]
    public void Generate_WritesEveryFileWithAOneLineSummary()
    {
        using var data = new TempDirectory();

        var (code, output, error) = Run("generate", "--seeds", RepositoryPaths.Seeds, "--data", data.Path);

        code.Should().Be(0, error);
        output.Split('\n').Should().Contain(l => l.StartsWith("entries.json") && l.Contains("93 records"));
        Directory.EnumerateFiles(data.Path, "*.json").Should().HaveCount(Yearbook.Kinds.Length + 1, "every kind's file and dataset.json");
    }

    // generate is only ever run with --check here, so no test can write the package's data.
    [Theory]
    [InlineData("--seeds", "")]
    [InlineData("--seeds", " ")]
    [InlineData("--seeds", "\t\n\u3000 ")]
    [InlineData("--seeds", "\0")]
    [InlineData("--seeds", "Kubernetes")]
    [InlineData("--seeds", "龘龘龘")]
    [InlineData("--seeds", null)]
    [InlineData("--data", "")]
    [InlineData("--data", " ")]
    [InlineData("--data", "\0")]
    [InlineData("--data", "Kubernetes")]
    [InlineData("--data", null)]
    public void GenerateCheck_BadFolder_ExitsTwoWithoutAStackTrace(string option, string? value)
    {
        using var temp = new TempDirectory();
        var other = option == "--seeds" ? new[] { "--data", temp.Path } : ["--seeds", RepositoryPaths.Seeds];
        var folder = value is null || string.IsNullOrWhiteSpace(value) ? value : Path.Combine(temp.Path, value);
        string[] args = folder is null ? ["generate", "--check", .. other, option] : ["generate", "--check", .. other, option, folder];

        var (code, output, error) = Run(args);

        (output + error).Should().NotContainAny(["Exception", "   at "], "no stack trace may reach the user");
        code.Should().Be(2, error);
        error.Should().StartWith("error: ");
    }

    [Fact]
    public void GenerateCheck_VeryLongFolderName_ExitsTwoWithoutAStackTrace()
    {
        using var temp = new TempDirectory();

        var (code, output, error) = Run("generate", "--check", "--seeds", RepositoryPaths.Seeds, "--data", Path.Combine(temp.Path, new string('龘', 10_000)));

        (output + error).Should().NotContainAny(["Exception", "   at "]);
        code.Should().Be(2);
    }

    [Theory]
    [InlineData("a path under a regular file")]
    [InlineData("a folder that refuses new files")]
    public void Generate_DataFolderThatCannotBeWritten_ExitsOneNamingThePath(string obstacle)
    {
        using var temp = new TempDirectory();
        string data;
        if (obstacle == "a path under a regular file")
        {
            var file = Path.Combine(temp.Path, "a-file");
            File.WriteAllText(file, "x");
            data = Path.Combine(file, "data");
        }
        else if (OperatingSystem.IsLinux())
        {
            // /proc/self refuses new files even to root, who runs the tests in CI containers (chmod would not stop root).
            data = "/proc/self";
        }
        else
        {
            return;
        }

        var (code, output, error) = Run("generate", "--seeds", RepositoryPaths.Seeds, "--data", data);

        (output + error).Should().NotContainAny(["Exception", "   at "]);
        code.Should().Be(1);
        error.Should().StartWith("error: cannot write to --data").And.Contain(data);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ExtractorApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
