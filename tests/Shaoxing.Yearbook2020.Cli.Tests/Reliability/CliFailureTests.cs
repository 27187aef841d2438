using System.Diagnostics;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Reliability;

/// <summary>
/// The command line where the file system or the terminal fails it, and where its conventions must agree:
/// every failure is exit 1 or 2 with one line starting <c>error: </c> that names the path, never a stack
/// trace; nothing outside the output folder is ever written; the same input means the same thing to every
/// command. The cases that need a folder nobody may write use <c>/proc/self</c>, which refuses new files even
/// to root (a chmod-based read-only folder does not stop root, who runs these tests in CI containers).
/// </summary>
public sealed class CliFailureTests
{
    private const string Unwritable = "/proc/self";

    [Theory]
    [InlineData("sqlite", "a folder that refuses new files")]
    [InlineData("csv", "a folder that refuses new files")]
    [InlineData("sqlite", "the database's name taken by a folder")]
    [InlineData("json", "a table's name taken by a folder")]
    [InlineData("sqlite", "a path under a regular file")]
    public void Export_TargetThatCannotBeWritten_ExitsWithAnErrorNamingThePath(string format, string obstacle)
    {
        using var temp = new TempDirectory();
        string folder;
        string named;
        switch (obstacle)
        {
            case "a folder that refuses new files":
                if (!OperatingSystem.IsLinux())
                {
                    return;
                }

                folder = named = Unwritable;
                break;
            case "the database's name taken by a folder":
                folder = temp.Path;
                named = Path.Combine(folder, "yearbook2020.sqlite");
                Directory.CreateDirectory(named);
                break;
            case "a table's name taken by a folder":
                folder = temp.Path;
                named = Path.Combine(folder, "people.json");
                Directory.CreateDirectory(named);
                break;
            default:
                var file = Path.Combine(temp.Path, "a-file");
                File.WriteAllText(file, "x");
                folder = named = Path.Combine(file, "out");
                break;
        }

        var (code, output, error) = RunCatching("export", "--format", format, "--out", folder, "--force");

        NoStackTrace(output, error);
        code.Should().Be(1, error);
        error.Should().StartWith("error: ").And.Contain(named);
        if (obstacle.Contains("taken by a folder", StringComparison.Ordinal))
        {
            Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle("nothing is written when a target is in the way");
        }
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("meetings", "--month", "7")]
    [InlineData("check")]
    [InlineData("export", "--format", "csv")]
    public void AnyCommand_StandardOutputFails_ExitsOneWithAnErrorNamingIt(params string[] args)
    {
        using var temp = new TempDirectory();
        if (args[0] == "export")
        {
            args = [.. args, "--out", temp.Path];
        }

        using var error = new StringWriter();
        int code;
        try
        {
            code = CliApp.Run(args, new FailingWriter(), error);
        }
        catch (Exception ex)
        {
            code = -1;
            error.Write("unhandled " + ex);
        }

        NoStackTrace(string.Empty, error.ToString());
        code.Should().Be(1, error.ToString());
        error.ToString().Should().StartWith("error: cannot write to standard output: No space left on device");
    }

    [Theory]
    [InlineData("> /dev/full")]
    [InlineData(">&-")]
    public void Process_StandardOutputIsFullOrClosed_ExitsOneWithoutAStackTrace(string redirection)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var cli = typeof(CliApp).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"exec dotnet \"$0\" summary {redirection}", cli])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        NoStackTrace(string.Empty, error);
        process.ExitCode.Should().Be(1, error);
        error.Should().StartWith("error: cannot write to standard output");
    }

    [Theory]
    [InlineData("json|csv")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("jsonl,3")]
    public void Export_FormatThatNamesNoFormat_IsRefused(string format)
    {
        using var temp = new TempDirectory();

        var (code, _, error) = RunCatching("export", "--format", format, "--out", temp.Path);

        code.Should().Be(2);
        error.Should().StartWith("error: unknown format");
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData("csv", "agencies.csv")]
    [InlineData("sqlite", "yearbook2020.sqlite")]
    [InlineData("json", "datapackage.json")]
    [InlineData("parquet", "entries.parquet")]
    public void Export_Force_TargetIsALinkToAFileOutside_ReplacesTheLinkAndLeavesTheFileAlone(string format, string target)
    {
        using var folder = new TempDirectory();
        using var outside = new TempDirectory();
        var precious = Path.Combine(outside.Path, "precious.txt");
        File.WriteAllText(precious, "not the export's to overwrite");
        var link = Path.Combine(folder.Path, target);
        File.CreateSymbolicLink(link, precious);

        var (code, _, error) = RunCatching("export", "--format", format, "--out", folder.Path, "--force");

        code.Should().Be(0, error);
        File.ReadAllText(precious).Should().Be("not the export's to overwrite");
        new FileInfo(link).LinkTarget.Should().BeNull("the link itself is replaced by the exported file");
        new FileInfo(link).Length.Should().BeGreaterThan(0);
        Directory.EnumerateFiles(folder.Path, ".*").Should().BeEmpty("no temporary file is left behind");
    }

    [Theory]
    [InlineData("meetings")]
    [InlineData("incidents")]
    public void Command_ReversedDateRange_IsBadInput(string command)
    {
        var (code, _, error) = RunCatching(command, "--from", "2020-12-31", "--to", "2020-01-01");

        code.Should().Be(2);
        error.Should().StartWith("error: --to (2020-01-01) is before --from (2020-12-31).");
    }

    [Theory]
    [InlineData("incidents", "--district", "柯桥区", "柯 桥 区")]
    [InlineData("district-safety", "--area", "柯桥区", "柯 桥 区")]
    [InlineData("meetings", "--presenter", "方林苗", "方 林 苗")]
    [InlineData("people", null, "方林苗", " 方 林 苗 ")]
    [InlineData("honours", "--recipient", "展才华", "展 才 华")]
    public void Command_NameWithSpacesInside_AnswersAsWithout(string command, string? option, string name, string spaced)
    {
        string[] Args(string value) => option is null ? [command, value] : [command, option, value];

        var plain = RunCatching(Args(name));
        var withSpaces = RunCatching(Args(spaced));

        plain.Code.Should().Be(0, plain.Error);
        withSpaces.Code.Should().Be(0, withSpaces.Error);
        withSpaces.Output.Replace(spaced, name, StringComparison.Ordinal).Should().Be(plain.Output);
    }

    [Theory]
    [InlineData("meetings", "--kind", "\u001b]0;owned\u0007")]
    [InlineData("agencies", null, "\u001b[2J\u001b[31m市应急管理")]
    [InlineData("export", "--format", "\u001b[2Jcsv")]
    [InlineData("incidents", "--district", "柯桥\u009b31m")]
    [InlineData("search", null, "\u001b[1A槽罐车\r")]
    public void Command_ControlCharactersInAnArgument_AreNeverWrittenRaw(string command, string? option, string value)
    {
        using var temp = new TempDirectory();
        string[] args = option is null ? [command, value] : [command, option, value];
        if (command == "export")
        {
            args = [.. args, "--out", temp.Path];
        }

        var (_, output, error) = RunCatching(args);

        NoStackTrace(output, error);
        (output + error).Where(c => char.IsControl(c) && c is not ('\n' or '\t')).Should().BeEmpty("an escape sequence typed in an argument must not reach the terminal");
        if (error.Length > 0)
        {
            error.Should().ContainAny("\\u001B", "\\u009B");
        }
    }

    [Fact]
    public void Export_Csv_DeclaresThatAnEmptyCellIsAMissingValue()
    {
        using var temp = new TempDirectory();
        RunCatching("export", "--format", "csv", "--out", temp.Path).Code.Should().Be(0);

        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "datapackage.json")))!;

        foreach (var resource in package["resources"]!.AsArray())
        {
            var missing = resource!["schema"]!["missingValues"];
            missing.Should().NotBeNull($"{resource["name"]} states what an empty cell means");
            missing!.AsArray().Select(v => (string)v!).Should().Equal(string.Empty);
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("sqlite")]
    public void Export_DataThatLoadsButIsNotValid_IsRefusedNamingTheFirstProblem(string format)
    {
        using var data = EditedData.With("meetings.json", meetings => meetings[0]!["date"] = "2019-07-15");
        using var output = new TempDirectory();

        var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", output.Path, "--data", data.Path, "--force");

        code.Should().Be(1);
        error.Should().StartWith("error: the data is not valid").And.Contain("2019-07-15");
        Directory.EnumerateFileSystemEntries(output.Path).Should().BeEmpty();
    }

    [Fact]
    public void Check_DataThatLoadsButIsNotValid_ReportsTheProblemsAndExitsOne()
    {
        using var data = EditedData.With("honours.json", honours => honours[0]!["title"] = "\u001b[31mspoof");

        var (code, output, error) = CliRunner.Run("check", "--data", data.Path);
        var (jsonCode, json, _) = CliRunner.Run("check", "--data", data.Path, "--json");

        code.Should().Be(1);
        output.Should().Contain("Validation: ").And.Contain("honour-001").And.Contain("U+001B");
        error.Should().StartWith("error: the data is not valid");
        jsonCode.Should().Be(1);
        var validation = JsonNode.Parse(json)!["validation"]!;
        ((bool)validation["valid"]!).Should().BeFalse();
        validation["issues"]!.AsArray().Should().Contain(i => (string)i!["recordId"]! == "honour-001");
    }

    [Fact]
    public void Check_CommittedData_SaysItIsValid()
    {
        var (code, output, _) = CliRunner.Run("check");

        code.Should().Be(0);
        output.Should().Contain("records checked, no problems.");
    }

    [Theory]
    [InlineData(128, "parquet")]
    [InlineData(128, "sqlite")]
    [InlineData(64, "parquet")]
    [InlineData(64, "csv")]
    public async Task Export_ProcessWithASmallStack_FinishesEveryFile(int stackKib, string format)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempDirectory();
        var cli = typeof(CliApp).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"ulimit -s {stackKib}; exec dotnet \"$0\" export --format {format} --out \"$1\" --force", cli, folder.Path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(120_000).Should().BeTrue($"an export under ulimit -s {stackKib} ends");

        process.ExitCode.Should().Be(0, await error);
        File.Exists(Path.Combine(folder.Path, "datapackage.json")).Should().BeTrue();
    }

    private static void NoStackTrace(string output, string error) =>
        (output + error).Should().NotContainAny(["   at ", "Unhandled", "unhandled "], "no stack trace may reach the user");

    private static (int Code, string Output, string Error) RunCatching(params string[] args)
    {
        try
        {
            return CliRunner.Run(args);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (-1, string.Empty, "unhandled " + ex);
        }
    }
}
