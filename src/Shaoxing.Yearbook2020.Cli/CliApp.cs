using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Cli.Rendering;

namespace Shaoxing.Yearbook2020.Cli;

/// <summary>The <c>yearbook2020</c> command line: its commands, and how it reports bad input.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code: 0 for success, 1 for a failed check, bad data or output that cannot be written, 2 for bad arguments.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var terminalOutput = new TerminalWriter(output, "standard output");
        var terminalError = new TerminalWriter(error, "standard error");
        try
        {
            var code = Dispatch(args, terminalOutput, terminalError);
            terminalOutput.Flush();
            return code;
        }
        catch (OutputUnavailableException ex)
        {
            // Nothing more can be said on a stream that failed; the other one may still work.
            if (ex.StreamName != terminalError.StreamName)
            {
                try
                {
                    ErrorOutput.Write(terminalError, ex.Message);
                }
                catch (OutputUnavailableException)
                {
                    // Both streams are gone: the exit code is all that is left.
                }
            }

            return ExitCodes.Failure;
        }
    }

    private static int Dispatch(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Shaoxing.Yearbook2020: the government chapter of the Shaoxing yearbook covering 2020, as data.");
        var data = new DataOption();
        root.Options.Add(data.Option);
        root.Subcommands.Add(SummaryCommand.Create(data, output));
        root.Subcommands.Add(SearchCommand.Create(data, output, error));
        root.Subcommands.Add(ExportCommand.Create(data, output, error));

        root.Subcommands.Add(MeetingsCommand.Create(data, output, error));
        root.Subcommands.Add(MeetingCommand.Create(data, output, error));
        root.Subcommands.Add(AgenciesCommand.Create(data, output, error));
        root.Subcommands.Add(PeopleCommand.Create(data, output, error));
        root.Subcommands.Add(WhoCommand.Create(data, output, error));

        root.Subcommands.Add(IncidentsCommand.Create(data, output, error));
        root.Subcommands.Add(DistrictSafetyCommand.Create(data, output, error));
        root.Subcommands.Add(HonoursCommand.Create(data, output, error));

        root.Subcommands.Add(CheckCommand.Create(data, output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                ErrorOutput.Write(error, parseError.Message);
            }

            error.WriteLine("Run 'yearbook2020 --help' to see the commands and their options.");
            return ExitCodes.BadArguments;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (YearbookDataException ex)
        {
            return ErrorOutput.Failure(error, ex.Message);
        }
        catch (ArgumentException ex)
        {
            // A query helper refused a value the command did not check first: still bad input, never a stack trace.
            return ErrorOutput.BadArguments(error, ex.Message);
        }
    }
}
