using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Data.Reading;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// The rules every field of one kind follows in every record kind, shown each field by the generated walk
/// (<see cref="IRecordFieldVisitor"/>): ids and references have one shape, texts hold no invisible or
/// control characters, and dates lie in the year the dataset covers.
/// </summary>
/// <param name="recordKind">The record's kind, as the issues name it.</param>
/// <param name="recordId">The record's id, as the issues name it.</param>
/// <param name="coverageYear">The year every date lies in.</param>
/// <param name="issues">Where the broken rules go.</param>
internal sealed partial class FieldRules(
    string recordKind,
    string recordId,
    int coverageYear,
    ImmutableArray<YearbookValidationIssue>.Builder issues) : IRecordFieldVisitor
{
    /// <summary>
    /// The shape of every id of the data (<c>executive-03-2</c>, <c>honour-017</c>, <c>shaoxing</c>): lower-case
    /// ASCII letters and digits in words joined by single hyphens. Nothing else can be told apart on screen or
    /// typed back: a space, a line break, a capital or a look-alike letter would make two ids look the same.
    /// </summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    /// <inheritdoc/>
    public void Id(string path, string? value)
    {
        if (value is not null && !IdShape().IsMatch(value))
        {
            Add(path, $"'{Printable(value)}' is not an id: ids are lower-case ASCII letters and digits in words joined by single hyphens.");
        }
    }

    /// <inheritdoc/>
    public void Text(string path, string? value, bool multiline)
    {
        if (value is null)
        {
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (HiddenCharacter(value[i], multiline) is { } what)
            {
                Add(path, $"The text holds U+{(int)value[i]:X4} ({what}) at position {i.ToString(CultureInfo.InvariantCulture)}: '{Printable(value)}'.");
                return;
            }
        }
    }

    /// <inheritdoc/>
    public void Date(string path, DateOnly? value, bool anyYear)
    {
        // The chapter reports one year, and the extractor dates a month and day it reads by that year: every date
        // a record happened on lies in it (no kind records an earlier event by its date), so a date of another
        // year is damage, and would be listed by month queries as if it were in the coverage year. A date the text
        // names ([AnyYear]: 2015年4月1日以来) is in the year the text prints.
        if (!anyYear && value is { } date && date.Year != coverageYear)
        {
            Add(path, $"The date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} lies outside {coverageYear.ToString(CultureInfo.InvariantCulture)}, the year the dataset covers.");
        }
    }

    /// <summary>What makes a character one a text must not hold, or null: one that is not drawn but changes what is.</summary>
    /// <param name="c">The character.</param>
    /// <param name="multiline">Whether a line break is in place (see <see cref="Data.MultilineTextAttribute"/>).</param>
    internal static string? HiddenCharacter(char c, bool multiline) => c switch
    {
        '\n' when multiline => null,
        _ when char.IsControl(c) => "a control character",
        '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'
            or '\u200E' or '\u200F' or '\u061C' => "a bidirectional control",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "a zero-width character",
        _ => null,
    };

    // Shows what cannot be seen, so that the message names the character where it is.
    private static string Printable(string text)
    {
        var shown = string.Concat(text.Select(c => HiddenCharacter(c, multiline: false) is null ? c.ToString() : $"\\u{(int)c:X4}"));
        return shown.Length > 80 ? shown[..80] + "…" : shown;
    }

    private void Add(string path, string message) => issues.Add(new YearbookValidationIssue
    {
        RecordKind = recordKind, RecordId = recordId, Property = path, Message = message,
    });
}
