using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>The words yearbooks and safety bulletins use for casualties, each with the word it means: one declaration
/// that the incident reader's patterns, the unread-sentence report and the curated figure names all read.</summary>
public static class CasualtyWords
{
    /// <summary>Words for people killed, the plain word first.</summary>
    public static ImmutableArray<string> Deaths { get; } = ["死亡", "身亡", "遇难", "罹难", "丧生"];

    /// <summary>Words for people injured (not seriously), the plain word first.</summary>
    public static ImmutableArray<string> Injured { get; } = ["受伤", "受轻伤", "轻伤", "负伤"];

    /// <summary>Words for people missing, the plain word first.</summary>
    public static ImmutableArray<string> Missing { get; } = ["失踪", "下落不明"];

    /// <summary>Every casualty word, longest first (so that 受轻伤 is found before 轻伤), with 重伤.</summary>
    public static ImmutableArray<string> All { get; } =
        [.. Deaths.Concat(Injured).Concat(Missing).Append("重伤").OrderByDescending(w => w.Length)];

    /// <summary>The plain word of a casualty word (身亡 → 死亡, 轻伤 → 受伤); any other text unchanged.</summary>
    /// <param name="word">A word or label.</param>
    /// <returns>The plain word, or <paramref name="word"/>.</returns>
    public static string Plain(string word)
    {
        foreach (var family in new[] { Deaths, Injured, Missing })
        {
            if (family.Contains(word, StringComparer.Ordinal))
            {
                return family[0];
            }
        }

        return word;
    }

    /// <summary>A regular-expression alternation of a family's words, longest first.</summary>
    /// <param name="family">One of the families above.</param>
    /// <returns>Text such as <c>死亡|身亡|…</c>.</returns>
    public static string Alternation(IEnumerable<string> family) => string.Join('|', family.OrderByDescending(w => w.Length));
}
