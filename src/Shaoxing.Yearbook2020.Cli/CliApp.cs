using System.CommandLine;
using System.CommandLine.Help;
using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Cli.Commands.About;
using Shaoxing.Yearbook2020.Cli.Commands.Agencies;
using Shaoxing.Yearbook2020.Cli.Commands.Check;
using Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;
using Shaoxing.Yearbook2020.Cli.Commands.Export;
using Shaoxing.Yearbook2020.Cli.Commands.Honours;
using Shaoxing.Yearbook2020.Cli.Commands.Incidents;
using Shaoxing.Yearbook2020.Cli.Commands.MeetingDetail;
using Shaoxing.Yearbook2020.Cli.Commands.Meetings;
using Shaoxing.Yearbook2020.Cli.Commands.People;
using Shaoxing.Yearbook2020.Cli.Commands.Search;
using Shaoxing.Yearbook2020.Cli.Commands.Summary;
using Shaoxing.Yearbook2020.Cli.Commands.Timeline;
using Shaoxing.Yearbook2020.Cli.Commands.Who;
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
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TerminalSize.Redirected);

    /// <summary>Parses and runs a command line, drawing tables to fit a terminal.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="size">The width tables are drawn to, and whether the output is a terminal.</param>
    /// <returns>The exit code, as for <see cref="Run(string[], TextWriter, TextWriter)"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, TerminalSize size) =>
        Run(args, output, error, size, Environment.GetEnvironmentVariable);

    public static int Run(string[] args, TextWriter output, TextWriter error, TerminalSize size, Func<string, string?> environment)
    {
        var terminalOutput = new TerminalWriter(output, "standard output", size);
        var terminalError = new TerminalWriter(error, "standard error", size);
        try
        {
            var code = Dispatch(args, terminalOutput, terminalError, environment);
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

    // The parser's errors, with an unknown command or option said once, with the names it was probably meant to be;
    // the errors that only follow from it ("Required command was not provided.", its value taken for an argument) are left out.
    private static List<string> ParseErrorMessages(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var afterUnknownOption = false;
        var afterUnknownCommand = false;
        var messages = new List<string>();
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (afterUnknownCommand)
            {
                // What follows a command that does not exist is that command's arguments.
                unknown.Add(token);
                continue;
            }

            var isOption = token.StartsWith('-') && token.Length > 1 && !char.IsAsciiDigit(token[1]);
            if (!isOption && afterUnknownOption)
            {
                // The value of the unknown option before it.
                unknown.Add(token);
                afterUnknownOption = false;
                continue;
            }

            afterUnknownOption = isOption;
            var names = isOption ? OptionNames(parsed.CommandResult) : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
            if (!isOption && !command.Subcommands.Any())
            {
                continue; // an extra argument of a command that takes none: the parser's own message says it
            }

            unknown.Add(token);
            afterUnknownCommand = !isOption;
            var what = isOption
                ? $"unknown option '{CellTextOf(token)}'{(command.Parents.Any() ? $" for '{command.Name}'" : string.Empty)}"
                : $"unknown command '{CellTextOf(token)}'";
            var nearest = Suggestions.For(token, names);
            messages.Add(nearest.Count == 0
                ? $"{what}."
                : $"{what}; did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?");
        }

        var commandMissing = unknown.Count > 0 && command.Subcommands.Any();
        foreach (var parseError in parsed.Errors)
        {
            var followsFromUnknown = unknown.Any(t => parseError.Message.Contains($"'{t}'", StringComparison.Ordinal))
                || (commandMissing && command.Action is null && parseError.Message.Contains("command was not provided", StringComparison.OrdinalIgnoreCase));
            if (!followsFromUnknown)
            {
                messages.Add(parseError.Message);
            }
        }

        return messages;
    }

    // Every option the command accepts: its own and the recursive ones of the commands above it.
    private static IEnumerable<string> OptionNames(System.CommandLine.Parsing.CommandResult result)
    {
        var options = result.Command.Options.AsEnumerable();
        for (var parent = result.Parent as System.CommandLine.Parsing.CommandResult; parent is not null; parent = parent.Parent as System.CommandLine.Parsing.CommandResult)
        {
            options = options.Concat(parent.Command.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    private static string CellTextOf(string token) => Rendering.CellText.Printable(token);

    private static int Dispatch(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var (root, lang) = CommandTree(output, error, environment, NamedCommand(args));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in ParseErrorMessages(parsed))
            {
                ErrorOutput.Write(error, message);
            }

            // A value refused by its option's own check names the option and what it takes; a command line of the
            // wrong shape (an unknown name, a missing value) is helped by the list of commands and options.
            if (!parsed.Errors.All(CheckedOption.IsValueError))
            {
                error.WriteLine("Run 'yearbook2020 --help' to see the commands and their options.");
            }

            return ExitCodes.BadArguments;
        }

        if (lang.Problem(parsed) is { } languageProblem)
        {
            return ErrorOutput.BadArguments(error, languageProblem);
        }

        try
        {
            // No termination handling of System.CommandLine's: it keeps Ctrl-C from ending a synchronous command.
            // Interruption takes the signals instead.
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (OperationCanceledException) when (Interruption.Token.IsCancellationRequested)
        {
            return ErrorOutput.Interrupted(error);
        }
        catch (BadValueException ex)
        {
            // A well-formed value that names nothing in the data: refused like a value the parser refused.
            return ErrorOutput.BadArguments(error, ex.Message);
        }
        catch (YearbookDataException ex)
        {
            return ErrorOutput.Failure(error, ex.Message);
        }
        catch (Queries.AmbiguousNameException ex)
        {
            // A name that fits several bodies, people or places: the message lists each candidate's id and name, and
            // the command is asked again by id (exit 2, as for any value that names nothing one).
            return ErrorOutput.BadArguments(error, ex.Message);
        }
        catch (ArgumentException ex)
        {
            // A query helper refused a value the command did not check first: still bad input, never a stack trace.
            return ErrorOutput.BadArguments(error, ex.Message);
        }
    }

    // Every command, by the name it is called by, in the order the help lists them.
    private static readonly (string Name, Func<SharedOptions, Command> Create)[] Commands =
    [
        (SummaryCommand.Name, SummaryCommand.Create),
        (SearchCommand.Name, SearchCommand.Create),
        (ExportCommand.Name, ExportCommand.Create),

        (MeetingsCommand.Name, MeetingsCommand.Create),
        (MeetingCommand.Name, MeetingCommand.Create),
        (AgenciesCommand.Name, AgenciesCommand.Create),
        (PeopleCommand.Name, PeopleCommand.Create),
        (WhoCommand.Name, WhoCommand.Create),

        (IncidentsCommand.Name, IncidentsCommand.Create),
        (DistrictSafetyCommand.Name, DistrictSafetyCommand.Create),
        (HonoursCommand.Name, HonoursCommand.Create),

        (AboutCommand.Name, AboutCommand.Create),
        (TimelineCommand.Name, TimelineCommand.Create),

        (CheckCommand.Name, CheckCommand.Create),
    ];

    /// <summary>Builds the command tree: the root with its options shared by every command, and every command.</summary>
    /// <param name="output">Where the commands write their answers.</param>
    /// <param name="error">Where the commands write their errors.</param>
    /// <param name="environment">Reads an environment variable (<c>YEARBOOK2020_LANG</c>).</param>
    /// <param name="only">
    /// The name of the one command to build under the root, or <see langword="null"/> for every command. A command
    /// line that starts with a command's name is parsed within that command alone, so the others need not be built.
    /// </param>
    /// <returns>The root command and the <c>--lang</c> option the commands read.</returns>
    internal static (Command Root, LanguageOption Language) CommandTree(TextWriter output, TextWriter error, Func<string, string?> environment, string? only = null)
    {
        // Named for the installed tool rather than the executable, which under `dotnet run` is the assembly's name.
        var root = new Command(
            "yearbook2020",
            "Shaoxing.Yearbook2020: the government chapter of the Shaoxing yearbook covering 2020, as data.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        var data = new DataOption();
        var json = new JsonOption();
        root.Options.Add(data.Option);
        root.Options.Add(json.Option);
        var lang = new LanguageOption(environment);
        root.Options.Add(lang.Option);
        var shared = new SharedOptions(data, json, lang, output, error);
        foreach (var (name, create) in Commands)
        {
            if (only is null || name == only)
            {
                root.Subcommands.Add(create(shared));
            }
        }

        return (root, lang);
    }

    // The command a command line starts with, if its first word is a command's name; otherwise (an option first, a
    // misspelt name, no words) null, and the whole tree is built to parse it, its help and suggestions.
    private static string? NamedCommand(string[] args) =>
        args.Length > 0 && Array.Exists(Commands, c => c.Name == args[0]) ? args[0] : null;
}
