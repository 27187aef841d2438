namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>Reads Chinese numerals from 0 to 9999: ordinals of meetings (六十八, 一百零五) and counts in the
/// entry texts (六连冠, 十四, 两).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses a Chinese numeral from 0 to 9999.</summary>
    /// <param name="text">The numeral, e.g. <c>六十八</c>, <c>十</c>, <c>八</c> or <c>两</c>.</param>
    /// <returns>The number, or <see langword="null"/> when the text is not a numeral.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return null;
        }

        var total = 0;
        var pending = -1;
        var lastUnit = int.MaxValue;
        foreach (var c in text)
        {
            // 两 is 二 before a unit or alone (两千, 两); it never stands for a 0.
            var digit = c == '两' ? 2 : Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                if (pending > 0)
                {
                    return null;
                }

                pending = digit;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            // A unit needs its digit, except 十 at the very start, which means 一十 (十五 = 15).
            if (unit == 0 || unit >= lastUnit || pending == 0 || (pending < 0 && (total > 0 || unit != 10)))
            {
                return null;
            }

            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            lastUnit = unit;
        }

        if (pending > 0)
        {
            total += pending;
        }
        else if (pending == 0 && total == 0)
        {
            return text.Length == 1 ? 0 : null;
        }

        return total;
    }

    /// <summary>Parses a Chinese numeral that a pattern of the extractor has already matched.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="line">The seed line it was read from, for the error.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ExtractorException">The text is not a numeral from 0 to 9999.</exception>
    public static int Parse(string text, int line) =>
        TryParse(text) ?? throw new ExtractorException(line, $"'{text}' is not a Chinese numeral.");
}
