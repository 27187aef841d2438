using System.CommandLine;
using Shaoxing.Yearbook2020.Extractor.Commands;

namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>The extractor's command line: <c>generate</c> and <c>generate --check</c>, run from the repository.</summary>
internal static class ExtractorApp
{
    /// <summary>The exit code of a command that did its work.</summary>
    public const int Success = 0;

    /// <summary>The exit code of a failed check or a seed the extractor cannot read.</summary>
    public const int Failure = 1;

    /// <summary>The exit code of bad arguments.</summary>
    public const int BadArguments = 2;

    /// <summary>The exit code of a run stopped by Ctrl-C (SIGINT): 128 + 2, what a shell reports for a process the signal stopped.</summary>
    public const int Interrupted = 130;

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="Failure"/>, <see cref="BadArguments"/> or <see cref="Interrupted"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Shaoxing.Yearbook2020.Extractor: turns the seed text into the package's data files.");
        root.Subcommands.Add(GenerateCommand.Create(output, error));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            return BadArguments;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
