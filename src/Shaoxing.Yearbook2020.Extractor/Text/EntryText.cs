using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>Helpers for reading the repaired entry texts: provenance of a text range, sentences, numbers.</summary>
internal static class EntryText
{
    /// <summary>The seed lines a range of an entry's text was printed on.</summary>
    public static SourceSpan SpanOf(Entry entry, int start, int length) => entry.SourceOf(start, length);

    /// <summary>The seed line of one character of an entry's text.</summary>
    public static int LineAt(Entry entry, int index) => entry.SeedLineAt(index);

    /// <summary>The sentence (up to 。) around a position of a text, with its start.</summary>
    public static (int Start, string Text) SentenceAt(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('。' or '\n'))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && text[end] is not ('。' or '\n'))
        {
            end++;
        }

        return (start, text[start..Math.Min(text.Length, end + 1)].TrimEnd('\n'));
    }

    /// <summary>The part of a sentence (between 。 and ;) around a position of a text: one agenda clause of a meeting.</summary>
    public static string PhraseAt(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('。' or ';' or '\n'))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && text[end] is not ('。' or ';' or '\n'))
        {
            end++;
        }

        return text[start..end] + (end < text.Length && text[end] == '。' ? "。" : string.Empty);
    }

    /// <summary>The clause (between 。;, and ,) around a position of a text.</summary>
    public static string ClauseAt(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('。' or ';' or ',' or '\n' or ','))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && text[end] is not ('。' or ';' or ',' or '\n' or ','))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>Reads an integer count as printed, with 万 multiplied out (<c>1.24万</c> → 12400).</summary>
    public static int Count(string digits, string? tenThousand, int line)
    {
        var value = Amount(digits, tenThousand == "万" ? 10_000m : 1m, line);
        if (value != decimal.Truncate(value))
        {
            throw new ExtractorException(line, $"'{digits}{tenThousand}' is not a whole count");
        }

        return (int)value;
    }

    /// <summary>Reads a decimal amount and multiplies it by a unit factor.</summary>
    public static decimal Amount(string digits, decimal factor, int line)
    {
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new ExtractorException(line, $"'{digits}' is not a number");
        }

        return value * factor;
    }

    /// <summary>Reads a small integer printed in digits.</summary>
    public static int Int(string digits, int line) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ExtractorException(line, $"'{digits}' is not a whole number");
}
