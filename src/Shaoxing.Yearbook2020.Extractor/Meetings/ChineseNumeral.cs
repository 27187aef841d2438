namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>Reads the Chinese numerals the meeting texts use for ordinals (八, 六十八, 一百零五).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses a Chinese numeral from 0 to 9999.</summary>
    /// <param name="text">The numeral, e.g. <c>六十八</c>, <c>十</c> or <c>八</c>.</param>
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
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
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
}
