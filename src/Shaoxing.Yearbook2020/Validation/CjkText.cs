namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Character classes of the Chinese text, shared by the validators and the extractor.</summary>
internal static class CjkText
{
    /// <summary>Whether a character is a CJK ideograph (the unified blocks and extension A).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Whether any run of whitespace sits between two CJK ideographs.</summary>
    public static bool HasSpaceBetweenCjk(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (i > 0 && end < text.Length && IsIdeograph(text[i - 1]) && IsIdeograph(text[end]))
            {
                return true;
            }

            i = end;
        }

        return false;
    }
}
