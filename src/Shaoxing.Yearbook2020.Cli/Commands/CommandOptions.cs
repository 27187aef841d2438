using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>A command's options and arguments, and how a parsed command line is read into the values they hold.</summary>
/// <typeparam name="TOptions">The record of the values.</typeparam>
/// <param name="Symbols">The options and arguments, in the order the help lists them.</param>
/// <param name="Read">Reads their values from a command line that parsed without errors.</param>
internal sealed record CommandOptions<TOptions>(IReadOnlyList<Symbol> Symbols, Func<ParseResult, TOptions> Read);
