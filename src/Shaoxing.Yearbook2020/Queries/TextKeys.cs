namespace Shaoxing.Yearbook2020.Queries;

/// <summary>Normalisation of lookup keys shared by the collections, allocation-free when there is nothing to remove.</summary>
internal static class TextKeys
{
    /// <summary>The text without any whitespace; the same instance when it has none (the common case).</summary>
    public static string Compact(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length - CountWhiteSpace(text), text, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    span[n++] = c;
                }
            }
        });
    }

    // The vowels pinyin marks with tones and the letter without its tone (ü, v and u are one letter in a key). A table,
    // not Unicode decomposition: the package runs with invariant globalization, where String.Normalize does nothing.
    private const string Marked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private const string Unmarked = "aaaaeeeeiiiioooouuuuuuuuunnnm";

    /// <summary>
    /// A key for names written in Latin letters (English names, pinyin): lower case, letters and digits only, tone
    /// marks dropped and ü and v read as u, so that <c>Sheng Yuechun</c>, <c>shengyuechun</c>, <c>Shèng Yuèchūn</c> and
    /// <c>SHENG YUECHUN</c> are one key, and <c>Lü Bing</c> is found as <c>Lu Bing</c> or <c>Lv Bing</c>.
    /// </summary>
    /// <returns>The key; empty when the text holds no Latin letter or digit.</returns>
    public static string Latin(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var marked = Marked.IndexOf(lower, StringComparison.Ordinal);
            if (marked >= 0)
            {
                key.Append(Unmarked[marked]);
            }
            else if (lower == 'v')
            {
                key.Append('u');
            }
            else if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                key.Append(lower);
            }
        }

        return key.ToString();
    }

    private static int CountWhiteSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
