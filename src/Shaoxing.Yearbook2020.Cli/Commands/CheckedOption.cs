using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// Options and arguments whose values are read and checked while the command line is parsed, so that a bad value is
/// refused before anything runs, by the parser, in one message that names the option and the value.
/// </summary>
internal static class CheckedOption
{
    private static readonly ConditionalWeakTable<Symbol, object> Checked = [];

    /// <summary>Whether a parse error about this symbol is one of these checks (a value refused), not a mistake in the command line's shape.</summary>
    public static bool IsChecked(Symbol symbol) => Checked.TryGetValue(symbol, out _);

    /// <summary>
    /// Whether a parse error is a value refused by one of these checks; not one about a value left out (a required
    /// option, an option without its value), which is a mistake in the command line's shape.
    /// </summary>
    public static bool IsValueError(ParseError error) => error.SymbolResult switch
    {
        OptionResult { Tokens.Count: > 0 } option => IsChecked(option.Option),
        ArgumentResult { Parent: OptionResult option, Tokens.Count: > 0 } => IsChecked(option.Option),
        ArgumentResult { Tokens.Count: > 0 } argument => IsChecked(argument.Argument),
        _ => false,
    };

    /// <summary>An option whose value is one of a few names; the names are listed in the help and in the message refusing any other.</summary>
    /// <typeparam name="T">What a name stands for (nullable, so that an absent option reads as <see langword="null"/>).</typeparam>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What it does, for the help.</param>
    /// <param name="choices">The names and what each stands for; a value is matched ignoring case and surrounding space.</param>
    public static Option<T> OneOf<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices)
    {
        var option = new Option<T>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                foreach (var (choice, value) in choices)
                {
                    if (string.Equals(choice, text.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name} is one of {string.Join(", ", choices.Select(c => c.Name))}, not '{text}'.");
                return default;
            },
        };
        return Register(option);
    }

    /// <summary>An option whose value is a value of an enum of the model, by the name the data files write for it (<see cref="JsonNames"/>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What it does, for the help (<see cref="Names{TEnum}"/> lists the names).</param>
    public static Option<TEnum?> Enum<TEnum>(string name, string description)
        where TEnum : struct, Enum =>
        OneOf<TEnum?>(name, description, [.. System.Enum.GetValues<TEnum>().Select(v => (JsonNames.Of(v), (TEnum?)v))]);

    /// <summary>The names of an enum's values, for a help text: <c>drafting, compilation, revision</c>.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", JsonNames.All<TEnum>());

    /// <summary>An option of text to look for, refused when it holds nothing to look for.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What it does, for the help.</param>
    /// <param name="whenEmpty">The message refusing an empty value.</param>
    /// <param name="isEmpty">What counts as empty (white space alone, unless said otherwise).</param>
    public static Option<string?> Text(string name, string description, string whenEmpty, Func<string, bool>? isEmpty = null)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if ((isEmpty ?? string.IsNullOrWhiteSpace)(result.GetValueOrDefault<string?>() ?? string.Empty))
            {
                result.AddError(whenEmpty);
            }
        });
        return Register(option);
    }

    /// <summary>An argument of text, refused when it is empty or white space.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">What it is, for the help.</param>
    /// <param name="whenEmpty">The message refusing an empty value.</param>
    public static Argument<string> TextArgument(string name, string description, string whenEmpty)
    {
        var argument = new Argument<string>(name) { Description = description };
        argument.Validators.Add(result =>
        {
            // A missing argument is the parser's own error; only a value given blank is this one.
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError(whenEmpty);
            }
        });
        return Register(argument);
    }

    /// <summary>An option holding how many records to show at most: a whole number, at least 1.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">What it does, for the help.</param>
    /// <param name="byDefault">The value when the option is absent; <see langword="null"/> to leave it to the command.</param>
    public static Option<int?> Limit(string name, string description, int? byDefault = null)
    {
        var option = new Option<int?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var most))
                {
                    result.AddError($"{name} must be a whole number of at least 1, not '{text}'.");
                    return null;
                }

                if (most < 1)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least 1, not {most}."));
                }

                return most;
            },
        };
        if (byDefault is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return Register(option);
    }

    /// <summary>Counts a symbol among the checked ones.</summary>
    public static T Register<T>(T symbol)
        where T : Symbol
    {
        Checked.AddOrUpdate(symbol, true);
        return symbol;
    }
}
