using System.Diagnostics;
using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Reliability;

/// <summary>
/// A generation that cannot finish writing must leave the data folder as it was: the data contract
/// (src/Shaoxing.Yearbook2020/Data/README.md, "Regenerate") promises that a failing generation leaves the folder as
/// it was, and a half-replaced folder mixes files of two generations whose hashes no longer match their manifest.
/// </summary>
public sealed class GeneratorFailureTests
{
    [Theory]
    [InlineData("people.json")]
    [InlineData("agencies.json")]
    [InlineData("tables.json")]
    public void Generate_ATargetIsAFolder_ThrowsAndLeavesEveryFileAsItWas(string blocked)
    {
        using var data = new TempDirectory();
        var names = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).ToList();
        foreach (var name in names.Where(n => n != blocked))
        {
            // Content the generator would never write, so that any replacement shows.
            File.WriteAllText(Path.Combine(data.Path, name!), "old " + name);
        }

        File.WriteAllText(Path.Combine(data.Path, "retired.json"), "a file the generator no longer makes");
        Directory.CreateDirectory(Path.Combine(data.Path, blocked));
        var before = Snapshot(data.Path);

        var generate = () => DatasetGenerator.Generate(RepositoryPaths.Seeds, data.Path);

        generate.Should().Throw<IOException>().WithMessage($"*{blocked}*");
        Snapshot(data.Path).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Generate_DataFolderHoldsJsonFilesNotOfTheDataset_ExitsOneNamingThemAndWritesNothing()
    {
        using var data = new TempDirectory();
        File.WriteAllText(Path.Combine(data.Path, "package.json"), "{}");
        File.WriteAllText(Path.Combine(data.Path, "tsconfig.json"), "{}");
        var before = Snapshot(data.Path);

        var (code, _, error) = Run("generate", "--seeds", RepositoryPaths.Seeds, "--data", data.Path);

        code.Should().Be(1);
        error.Should().StartWith("error: ").And.Contain("package.json").And.Contain("tsconfig.json").And.Contain(data.Path);
        Snapshot(data.Path).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Generate_DataFolderIsTheSeedFolder_ExitsOneAndLeavesTheSeedsAsTheyWere()
    {
        using var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        var before = Snapshot(seeds.Path);

        var (code, _, error) = Run("generate", "--seeds", seeds.Path, "--data", seeds.Path);

        code.Should().Be(1);
        error.Should().StartWith("error: ").And.Contain("seed folder").And.Contain(seeds.Path);
        Snapshot(seeds.Path).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Generate_StagingFolderLeftByAKilledRun_IsRemovedAndOnlyThat()
    {
        using var parent = new TempDirectory();
        var data = Path.Combine(parent.Path, "Data");
        var leftover = Path.Combine(data, ".generate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(leftover, "replaced"));
        File.WriteAllText(Path.Combine(leftover, "entries.json"), "[]");
        var unrelated = Path.Combine(data, ".generate-notes");
        Directory.CreateDirectory(unrelated);

        DatasetGenerator.Generate(RepositoryPaths.Seeds, data, TestContext.Current.CancellationToken);

        Directory.Exists(leftover).Should().BeFalse("a killed run's staging folder is removed by the next run");
        Directory.Exists(unrelated).Should().BeTrue("only folders named like a staging folder are removed");
        Directory.EnumerateFileSystemEntries(parent.Path).Should().Equal([data], "the run stages inside the data folder");
    }

    [Fact(Timeout = 120_000)]
    public async Task Generate_InterruptedWithCtrlC_ExitsOneHundredThirtyAndLeavesTheFolderAsItWas()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var data = TempDirectory.CopyOf(RepositoryPaths.Data);
        File.WriteAllText(Path.Combine(data.Path, "entries.json"), "the previous generation's entries");
        var before = Snapshot(data.Path);
        var extractor = typeof(ExtractorApp).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", [extractor, "generate", "--seeds", RepositoryPaths.Seeds, "--data", data.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // The first line says the run has begun (and Ctrl-C is handled from then on); the signal comes while it
        // extracts, long before it writes, unless the machine is so fast that it has already finished.
        var first = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        first.Should().StartWith("Generating ", "the run announces itself before it works");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var rest = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        if (process.ExitCode == 0)
        {
            rest.Should().Contain("Wrote ");
            DatasetGenerator.Check(RepositoryPaths.Seeds, data.Path).Should().BeEmpty("a run that finished before the signal wrote everything");
        }
        else
        {
            process.ExitCode.Should().Be(130, await error);
            (await error).Should().StartWith("error: interrupted").And.Contain(data.Path);
            Snapshot(data.Path).Should().BeEquivalentTo(before, "an interrupted run leaves the folder as it was, with no staging folder");
        }
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ExtractorApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory).ToDictionary(
            p => Path.GetFileName(p),
            p => Directory.Exists(p) ? "(folder)" : File.ReadAllText(p),
            StringComparer.Ordinal);
}
