using System.CommandLine;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// <c>--lang zh|en</c> on every command, and the <c>YEARBOOK2020_LANG</c> variable that sets it when the option is
/// not given: the language of the table values. <c>--json</c> and the exports carry both languages whatever it says.
/// </summary>
internal sealed class LanguageOption
{
    /// <summary>The environment variable read when <c>--lang</c> is not given.</summary>
    public const string VariableName = "YEARBOOK2020_LANG";

    private readonly Func<string, string?> environment;

    public LanguageOption(Func<string, string?> environment)
    {
        this.environment = environment;
        Option = new Option<string?>("--lang")
        {
            Description = $"The language of the table values: zh (the Chinese as printed, the default) or en (English renderings, people in pinyin, bodies and places by their English names). {VariableName} sets it when the option is absent; --json and exports carry both.",
            Recursive = true,
            HelpName = "zh|en",
        };
        CheckedOption.Register(Option);
        Option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (!TryParse(text, out _))
            {
                result.AddError($"--lang is zh or en, not '{text}'.");
            }
        });
    }

    public Option<string?> Option { get; }

    /// <summary>Finds a problem with the environment variable when the option does not override it.</summary>
    /// <returns>The message to show, or <see langword="null"/> when the language is known.</returns>
    public string? Problem(ParseResult parsed)
    {
        if (parsed.GetResult(Option) is not null)
        {
            return null;
        }

        var text = environment(VariableName);
        return string.IsNullOrEmpty(text) || TryParse(text, out _)
            ? null
            : $"{VariableName} is zh or en, not '{text}' (unset it, or pass --lang, which wins).";
    }

    /// <summary>The language a command answers in: the option's, else the environment variable's, else Chinese.</summary>
    public OutputLanguage For(ParseResult parsed)
    {
        var text = parsed.GetResult(Option) is not null ? parsed.GetValue(Option) : environment(VariableName);
        return TryParse(text, out var language) ? language : OutputLanguage.Chinese;
    }

    private static bool TryParse(string? text, out OutputLanguage language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "en":
                language = OutputLanguage.English;
                return true;
            case "zh":
                language = OutputLanguage.Chinese;
                return true;
            default:
                language = OutputLanguage.Chinese;
                return false;
        }
    }
}
