using System.Text;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>
/// The general repairs of OCR text, applied everywhere and therefore not listed in the
/// corrections file.
/// </summary>
/// <remarks>
/// The OCR put spaces where the printed lines wrapped and around numbers (<c>绍兴市人 民政府</c>,
/// <c>2020 年</c>). Chinese text has no spaces between words, so whitespace is removed wherever it
/// touches anything but Latin letters or digits on both sides; between two Latin words or numbers
/// it is kept as one space (<c>Windows 10</c> would stay readable).
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Removes OCR whitespace from a piece of text and trims it.</summary>
    /// <param name="text">Raw text.</param>
    /// <returns>The text without OCR spaces.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var before = builder.Length > 0 ? builder[^1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
            {
                builder.Append(' ');
            }

            i = end;
        }

        return builder.ToString();
    }

    /// <summary>Whether a piece of text ends a sentence, so that what follows starts a new paragraph.</summary>
    /// <param name="text">Normalized text.</param>
    /// <returns><see langword="true"/> if the text ends with 。, ! or ?.</returns>
    public static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '。' or '!' or '?' or '!' or '?';
}
