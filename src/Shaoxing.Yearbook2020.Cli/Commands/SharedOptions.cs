using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// What every command shares: the options of the root (<c>--data</c>, <c>--json</c>, <c>--lang</c>), the writers its
/// answer and errors go to, and the one shape of a command — its options, a selection over the yearbook, a rendering.
/// </summary>
/// <param name="data">The <c>--data</c> option.</param>
/// <param name="json">The <c>--json</c> option.</param>
/// <param name="lang">The <c>--lang</c> option.</param>
/// <param name="output">Where the answers go.</param>
/// <param name="error">Where errors go.</param>
internal sealed class SharedOptions(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
{
    /// <summary>
    /// A command in three parts: its options (typed and checked while the command line is parsed), the selection that
    /// finds its records in the yearbook, and the rendering that writes them as a table, a chart or JSON.
    /// </summary>
    /// <typeparam name="TOptions">The values of the command's options.</typeparam>
    /// <typeparam name="TSelection">What the selection finds.</typeparam>
    /// <param name="name">The command's name.</param>
    /// <param name="description">What it does, for the help.</param>
    /// <param name="options">The command's options and arguments, and how a parsed command line is read into their values.</param>
    /// <param name="select">The selection.</param>
    /// <param name="render">The rendering; it returns the exit code.</param>
    public Command Command<TOptions, TSelection>(
        string name,
        string description,
        CommandOptions<TOptions> options,
        Func<Yearbook, TOptions, TSelection> select,
        Func<Answer, TSelection, int> render)
    {
        var command = new Command(name, description);
        foreach (var symbol in options.Symbols)
        {
            switch (symbol)
            {
                case Option option:
                    command.Options.Add(option);
                    break;
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
            }
        }

        command.SetAction(parsed =>
        {
            var answer = AnswerFor(parsed);
            return render(answer, select(answer.Yearbook, options.Read(parsed)));
        });
        return command;
    }

    private Answer AnswerFor(ParseResult parsed)
    {
        var yearbook = data.YearbookFor(parsed);
        return new Answer(yearbook, json.IsSet(parsed), new LocalizedText(yearbook, lang.For(parsed)), output, error);
    }
}
