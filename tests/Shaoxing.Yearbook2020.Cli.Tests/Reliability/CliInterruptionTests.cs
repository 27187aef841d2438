using System.Diagnostics;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Reliability;

/// <summary>
/// The tool as a process told to stop, killed, or run twice at once: Ctrl-C ends any command with 130 and removes
/// what an export had written; a killed export's leftovers go with the next export into the folder; two exports into
/// one folder never interleave.
/// </summary>
public sealed class CliInterruptionTests
{
    private static readonly string Cli = typeof(CliApp).Assembly.Location;

    [Theory]
    [InlineData("SIGINT", 130)]
    [InlineData("SIGQUIT", 131)]
    [InlineData("SIGTERM", 143)]
    public void Export_SignalWhileWriting_ExitsWithTheSignalsCodeAndLeavesTheFolderEmpty(string signal, int expectedCode)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The signal must arrive while the export writes: it is sent as soon as the staging folder appears, and the
        // run is repeated (a few times at most) when the export was quicker than the poll.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var folder = new TempDirectory();
            var outDir = Path.Combine(folder.Path, "out");
            using var process = Start("export", "--format", "parquet", "--out", outDir);
            var sent = false;
            while (!process.HasExited)
            {
                if (Directory.Exists(outDir) && Directory.EnumerateDirectories(outDir, ExportFolder.StagingPrefix + "*").Any())
                {
                    Signal(process.Id, signal);
                    sent = true;
                    break;
                }

                Thread.Sleep(1);
            }

            var error = process.StandardError.ReadToEnd();
            process.WaitForExit(60_000).Should().BeTrue();
            if (!sent)
            {
                continue;
            }

            process.ExitCode.Should().Be(expectedCode, error);
            error.Should().NotContain("   at ");
            (Directory.Exists(outDir) ? Directory.EnumerateFileSystemEntries(outDir).ToList() : []).Should().BeEmpty("a stopped export leaves nothing behind");
            return;
        }

        Assert.Fail("the export always finished before the signal could be sent; nothing was tested");
    }

    [Fact]
    public void AnyCommand_SignalWhileItCannotStop_EndsWithinTheGrace()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // Its standard output is a pipe nobody reads: once the pipe is full (64 KiB), the command blocks in a write
        // and cannot notice that it was cancelled.
        using var process = Start("meetings", "--json");
        Thread.Sleep(1500);
        process.HasExited.Should().BeFalse("the command is still waiting to write its 240 KB answer");

        Signal(process.Id, "SIGINT");

        process.WaitForExit((int)(Interruption.Grace + TimeSpan.FromSeconds(10)).TotalMilliseconds).Should().BeTrue("Ctrl-C ends a command that does not stop by itself");
        process.ExitCode.Should().Be(130);
        process.StandardOutput.BaseStream.Close();
    }

    [Fact]
    public void Export_AbandonedStagingFolderInTheTarget_IsRemovedByTheNextExport()
    {
        using var folder = new TempDirectory();
        var abandoned = Path.Combine(folder.Path, ExportFolder.StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(abandoned);
        File.WriteAllText(Path.Combine(abandoned, "agencies.parquet"), "half");

        var (code, _, error) = CliRunner.Run("export", "--format", "csv", "--out", folder.Path);

        code.Should().Be(0, error);
        Directory.Exists(abandoned).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().Contain("datapackage.json").And.NotContain(n => n!.StartsWith('.'));
    }

    [Fact]
    public void Export_FolderHeldByAnotherExport_IsRefusedNamingIt()
    {
        using var folder = new TempDirectory();
        using var other = ExportFolder.TryTake(folder.Path);
        other.Should().NotBeNull();

        var (code, _, error) = CliRunner.Run("export", "--format", "csv", "--out", folder.Path);

        code.Should().Be(1);
        error.Should().StartWith("error: another export is writing into ").And.Contain(folder.Path);
        Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName).Should().Equal(ExportFolder.LockFileName);
    }

    [Fact]
    public async Task Export_TwoAtOnceIntoANewFolder_OneWritesAndTheOtherIsRefused()
    {
        using var folder = new TempDirectory();
        var outDir = Path.Combine(folder.Path, "new");

        var runs = new[] { "csv", "json" }.Select(format => Task.Run(() => CliRunner.Run("export", "--format", format, "--out", outDir))).ToArray();
        var results = await Task.WhenAll(runs);

        results.Count(r => r.ExitCode == 0).Should().Be(1, "one export writes the folder, the other finds it taken or not empty");
        results.Single(r => r.ExitCode != 0).ExitCode.Should().BeOneOf(1, 2);
        var format = results[0].ExitCode == 0 ? "csv" : "json";
        File.ReadAllText(Path.Combine(outDir, "datapackage.json")).Should().Contain($"\"format\": \"{format}\"");
        Directory.EnumerateFiles(outDir).Should().OnlyContain(f => f.EndsWith("." + format, StringComparison.Ordinal) || f.EndsWith("datapackage.json", StringComparison.Ordinal) || f.EndsWith("CODEBOOK.md", StringComparison.Ordinal));
    }

    private static Process Start(params string[] args) =>
        Process.Start(new ProcessStartInfo("dotnet", [Cli, .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;

    private static void Signal(int pid, string signal) =>
        Process.Start("kill", ["-s", signal.Replace("SIG", string.Empty, StringComparison.Ordinal), pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
}
