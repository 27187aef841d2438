using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Shaoxing.Yearbook2020.Extractor.Generation;

namespace Shaoxing.Yearbook2020.Extractor.Commands;

/// <summary><c>generate [--check]</c>: regenerate the package's data from <c>seeds/</c>, or check that it is up to date.</summary>
internal static class GenerateCommand
{
    private const string SolutionFile = "Shaoxing.Yearbook2020.sln";

    /// <summary>The command line that regenerates the data, as a maintainer types it from the repository root.</summary>
    public const string RegenerateCommandLine = "dotnet run --project src/Shaoxing.Yearbook2020.Extractor -c Release -- generate";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var check = new Option<bool>("--check") { Description = "Do not write; fail (exit 1) naming each file whose committed copy differs from what the generator makes." };
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "The seed folder (default: seeds/ of the repository around the current folder)." };
        var data = new Option<DirectoryInfo>("--data") { Description = "The data folder (default: src/Shaoxing.Yearbook2020/Data of that repository)." };
        seeds.AcceptExistingOnly();
        data.AcceptLegalFilePathsOnly();
        var command = new Command("generate", "Regenerate every JSON file of the package's Data/ folder from seeds/.") { check, seeds, data };
        command.SetAction(parsed =>
        {
            var checkOnly = parsed.GetValue(check);
            var root = FindRepositoryRoot(Directory.GetCurrentDirectory());
            var seedDirectory = parsed.GetValue(seeds)?.FullName ?? (root is null ? null : Path.Combine(root, "seeds"));
            var dataDirectory = parsed.GetValue(data)?.FullName ?? (root is null ? null : Path.Combine(root, "src", "Shaoxing.Yearbook2020", "Data"));
            if (seedDirectory is null || dataDirectory is null)
            {
                error.WriteLine($"error: no {SolutionFile} found in {Directory.GetCurrentDirectory()} or above; run inside the repository or pass --seeds and --data.");
                return ExtractorApp.BadArguments;
            }

            // --check compares with a folder that must be there; generate creates its folder.
            if (checkOnly && !Directory.Exists(dataDirectory))
            {
                error.WriteLine($"error: --data: the folder '{dataDirectory}' does not exist.");
                return ExtractorApp.BadArguments;
            }

            try
            {
                return checkOnly ? Check(seedDirectory, dataDirectory, output, error) : Generate(seedDirectory, dataDirectory, output);
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"error: interrupted; nothing was written to --data '{dataDirectory}', which is as it was.");
                return ExtractorApp.Interrupted;
            }
            catch (ExtractorException ex)
            {
                error.WriteLine("error: " + ex.Message);
                return ExtractorApp.Failure;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write to --data '{dataDirectory}': {ex.Message}");
                return ExtractorApp.Failure;
            }
        });
        return command;
    }

    private static int Generate(string seedDirectory, string dataDirectory, TextWriter output)
    {
        // Ctrl-C would otherwise end the process wherever it is, leaving a staging folder behind or the folder
        // half-replaced; instead the generator stops at its next step and undoes what it wrote.
        using var interruption = new CancellationTokenSource();
        using var ctrlC = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            interruption.Cancel();
        });
        output.WriteLine($"Generating {dataDirectory} from {seedDirectory} (Ctrl-C stops and leaves the folder as it was)");
        foreach (var file in DatasetGenerator.Generate(seedDirectory, dataDirectory, interruption.Token))
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Name,-28} {file.Records,5} records {file.Bytes,9} bytes  sha256 {file.Sha256[..16]}"));
        }

        output.WriteLine($"Wrote {dataDirectory}");
        return ExtractorApp.Success;
    }

    private static int Check(string seedDirectory, string dataDirectory, TextWriter output, TextWriter error)
    {
        var differences = DatasetGenerator.Check(seedDirectory, dataDirectory);
        if (differences.IsEmpty)
        {
            output.WriteLine($"{dataDirectory} is exactly what the generator makes from {seedDirectory}.");
            return ExtractorApp.Success;
        }

        foreach (var difference in differences)
        {
            error.WriteLine(difference.ToString());
        }

        error.WriteLine($"Run '{RegenerateCommandLine}' to regenerate the data.");
        return ExtractorApp.Failure;
    }

    internal static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
