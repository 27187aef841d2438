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
