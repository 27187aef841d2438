namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>Reads Chinese numerals up to 99 (一 … 十, 十四, 二十, 两).</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Converts a Chinese numeral to its value.</summary>
    /// <param name="text">The numeral, e.g. <c>六</c>, <c>十四</c>, <c>两</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a numeral this reader knows.</exception>
    public static int Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "两")
        {
            return 2;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.Contains(text[0], StringComparison.Ordinal) ? Digits.IndexOf(text[0], StringComparison.Ordinal) : throw new FormatException($"'{text}' is not a Chinese numeral.");
        }

        var tens = ten == 0 ? 1 : Parse(text[..ten]);
        var units = ten == text.Length - 1 ? 0 : Parse(text[(ten + 1)..]);
        return (tens * 10) + units;
    }
}
