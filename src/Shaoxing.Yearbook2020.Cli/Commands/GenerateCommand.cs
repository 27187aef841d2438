using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Extractor;
using Shaoxing.Yearbook2020.Extractor.Generation;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>generate [--check]</c>: regenerate the package's data from <c>seeds/</c>, or check that it is up to date.</summary>
internal static class GenerateCommand
{
    private const string SolutionFile = "Shaoxing.Yearbook2020.sln";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var check = new Option<bool>("--check") { Description = "Do not write; fail (exit 1) naming each file whose committed copy differs from what the generator makes." };
        var seeds = new Option<string?>("--seeds") { Description = "The seed folder (default: seeds/ of the repository around the current folder)." };
        var data = new Option<string?>("--data") { Description = "The data folder (default: src/Shaoxing.Yearbook2020/Data of that repository)." };
        var command = new Command("generate", "Regenerate every JSON file of the package's Data/ folder from seeds/.") { check, seeds, data };
        command.SetAction(parsed =>
        {
            var checkOnly = parsed.GetValue(check);
            string? seedDirectory = null;
            string? dataDirectory = null;
            foreach (var (option, mustExist, set) in new (Option<string?> Option, bool MustExist, Action<string> Set)[]
                     {
                         (seeds, true, path => seedDirectory = path),
                         (data, checkOnly, path => dataDirectory = path),
                     })
            {
                if (parsed.GetValue(option) is not { } text)
                {
                    continue;
                }

                if (!FolderArgument.TryResolve(text, option.Name, mustExist, out var path, out var problem))
                {
                    error.WriteLine("error: " + problem);
                    return ExitCodes.BadArguments;
                }

                set(path);
            }

            var root = FindRepositoryRoot(Directory.GetCurrentDirectory());
            seedDirectory ??= root is null ? null : Path.Combine(root, "seeds");
            dataDirectory ??= root is null ? null : Path.Combine(root, "src", "Shaoxing.Yearbook2020", "Data");
            if (seedDirectory is null || dataDirectory is null)
            {
                error.WriteLine($"error: no {SolutionFile} found in {Directory.GetCurrentDirectory()} or above; run inside the repository or pass --seeds and --data.");
                return ExitCodes.BadArguments;
            }

            try
            {
                return checkOnly ? Check(seedDirectory, dataDirectory, output, error) : Generate(seedDirectory, dataDirectory, output);
            }
            catch (ExtractorException ex)
            {
                error.WriteLine("error: " + ex.Message);
                return ExitCodes.Failure;
            }
            catch (Exception ex) when (ex is (IOException and not Rendering.OutputUnavailableException) or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write to --data '{FolderArgument.Shorten(dataDirectory)}': {FolderArgument.Shorten(ex.Message)}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static int Generate(string seedDirectory, string dataDirectory, TextWriter output)
    {
        foreach (var file in DatasetGenerator.Generate(seedDirectory, dataDirectory))
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Name,-28} {file.Records,5} records {file.Bytes,9} bytes  sha256 {file.Sha256[..16]}"));
        }

        output.WriteLine($"Wrote {dataDirectory}");
        return ExitCodes.Success;
    }

    private static int Check(string seedDirectory, string dataDirectory, TextWriter output, TextWriter error)
    {
        var differences = DatasetGenerator.Check(seedDirectory, dataDirectory);
        if (differences.IsEmpty)
        {
            output.WriteLine($"{dataDirectory} is exactly what the generator makes from {seedDirectory}.");
            return ExitCodes.Success;
        }

        foreach (var difference in differences)
        {
            error.WriteLine(difference.ToString());
        }

        error.WriteLine("Run 'dotnet run --project src/Shaoxing.Yearbook2020.Cli -- generate' to regenerate the data.");
        return ExitCodes.Failure;
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
