using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// Text as a terminal draws it: how many cells it takes, where a line of it may break, and how a value from the data
/// is made safe to draw. Ids, dates, numbers and other runs of Latin letters and digits never break (unless one alone
/// is wider than the whole line); Chinese text breaks after its punctuation, or between characters when a clause is
/// long; a short clause such as a name with its title moves to the next line whole.
/// </summary>
internal static class CellText
{
    // A clause of Chinese up to this many cells (a name with its post, 副市长黄立枫) moves to the next line whole
    // rather than being split; a longer one fills the line and breaks between characters.
    private const int ShortClause = 14;

    /// <summary>Marks, inside a <see cref="CellValue"/>, a place where a line may break; it takes no cell and is never
    /// written. (A value from the data cannot hold it: <see cref="Printable"/> writes U+200B as <c>\u200B</c>.)</summary>
    public const char BreakHint = '\u200B';

    /// <summary>The cells a text takes on a terminal: two for a wide East Asian character, none for a combining mark.</summary>
    public static int Width(string text)
    {
        var width = 0;
        text = text.Replace(BreakHint.ToString(), string.Empty, StringComparison.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    /// <summary>
    /// A value made safe to draw: control, format (bidi, zero-width) and other invisible characters are written as
    /// <c>\u202E</c> and the like, so that a value cannot move the cursor, reorder the line, hide itself or break a row
    /// in two; everything else is drawn as it is (text, never markup).
    /// </summary>
    public static string Printable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (!value.EnumerateRunes().Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        foreach (var rune in value.EnumerateRunes())
        {
            if (NeedsEscape(rune))
            {
                builder.Append(rune.Value <= 0xFFFF
                    ? string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}"));
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>The widest piece of the text that <see cref="Wrap"/> keeps on one line whatever the width (a Latin
    /// word, an id, a number, a date), or a single wide character.</summary>
    public static int WidestUnbreakable(string text) => Pieces(text).Where(p => !p.Breakable).Select(p => p.Width).DefaultIfEmpty(0).Max();

    /// <summary>Breaks a text into lines no wider than <paramref name="width"/> cells (a single unbreakable piece wider
    /// than that is cut, the one case where a word is split: nothing else can show it).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        width = Math.Max(width, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;

        void EndLine()
        {
            lines.Add(line.ToString().Replace(BreakHint.ToString(), string.Empty, StringComparison.Ordinal).TrimEnd(' '));
            line.Clear();
            lineWidth = 0;
        }

        foreach (var piece in Pieces(text))
        {
            if (piece.Text == " " && lineWidth == 0)
            {
                continue;
            }

            if (lineWidth + piece.Width <= width)
            {
                line.Append(piece.Text);
                lineWidth += piece.Width;
                continue;
            }

            if (piece.Text == " ")
            {
                EndLine();
                continue;
            }

            // A piece that fits a line of its own and is not a long clause starts the next line whole.
            if (piece.Width <= width && (!piece.Breakable || piece.Width <= ShortClause) && lineWidth > 0)
            {
                EndLine();
                line.Append(piece.Text);
                lineWidth = piece.Width;
                continue;
            }

            // Otherwise it is broken rune by rune: a long Chinese clause fills the line, and a word wider than the
            // whole line is cut where it must be.
            foreach (var rune in piece.Text.EnumerateRunes())
            {
                var runeWidth = Width(rune);
                if (lineWidth + runeWidth > width && lineWidth > 0)
                {
                    EndLine();
                }

                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }

        if (lineWidth > 0 || lines.Count == 0)
        {
            EndLine();
        }

        return lines;
    }

    /// <summary>Pads a line with spaces to <paramref name="width"/> cells.</summary>
    public static string PadTo(string line, int width) => line + new string(' ', Math.Max(0, width - Width(line)));

    private static int Width(Rune rune) =>
        rune.Value <= 0xFFFF ? Math.Max(0, ((char)rune.Value).GetCellWidth()) : Math.Max(0, rune.ToString().GetCellWidth());

    private static bool NeedsEscape(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static bool IsWide(Rune rune) => Width(rune) >= 2;

    // A break is allowed after Chinese punctuation and at a space; a run of narrow characters without a space is one
    // unbreakable piece; a run of wide characters up to its punctuation is one breakable clause.
    private static IEnumerable<(string Text, int Width, bool Breakable)> Pieces(string text)
    {
        var piece = new StringBuilder();
        var pieceWidth = 0;
        bool? wide = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == BreakHint)
            {
                if (piece.Length > 0)
                {
                    yield return (piece.ToString(), pieceWidth, wide == true);
                }

                piece.Clear();
                pieceWidth = 0;
                wide = null;
                continue;
            }

            if (rune.Value == ' ')
            {
                if (piece.Length > 0)
                {
                    yield return (piece.ToString(), pieceWidth, wide == true);
                }

                piece.Clear();
                pieceWidth = 0;
                wide = null;
                yield return (" ", 1, false);
                continue;
            }

            var isWide = IsWide(rune);
            if (wide is { } current && current != isWide && piece.Length > 0)
            {
                yield return (piece.ToString(), pieceWidth, current);
                piece.Clear();
                pieceWidth = 0;
            }

            wide = isWide;
            piece.Append(rune.ToString());
            pieceWidth += Width(rune);
            if (isWide && IsBreakAfter(rune))
            {
                yield return (piece.ToString(), pieceWidth, true);
                piece.Clear();
                pieceWidth = 0;
                wide = null;
            }
        }

        if (piece.Length > 0)
        {
            yield return (piece.ToString(), pieceWidth, wide == true);
        }
    }

    private static bool IsBreakAfter(Rune rune) => rune.Value is '、' or '，' or '。' or '；' or '：' or '！' or '？' or '）' or '》' or '”' or '」';
}
