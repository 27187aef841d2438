using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>Every 【…】 entry of the chapter, with lookups and full-text search.</summary>
/// <remarks>Read-only and thread-safe; each index is built once, when a query first needs it.</remarks>
public sealed class EntryCollection : RecordCollection<Entry>
{
    private const int SnippetRadius = 30;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Entry>>> bySection;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Entry>>> byHeading;

    internal EntryCollection(ImmutableArray<Entry> entries)
        : base(entries, e => e.Id)
    {
        bySection = new(() => entries.GroupBy(e => e.SectionId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
        byHeading = new(() => entries.GroupBy(e => TextKeys.Compact(e.Heading), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>The entries of one section, in text order.</summary>
    /// <param name="sectionId">A <see cref="Section.Id"/>, e.g. <c>s5</c>; surrounding whitespace is ignored.</param>
    /// <returns>The entries; empty if the section does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionId"/> is empty or only whitespace.</exception>
    public ImmutableArray<Entry> InSection(string sectionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        return bySection.Value.GetValueOrDefault(sectionId.Trim(), []);
    }

    /// <summary>The entries with exactly this heading (several sections have a 概况 entry).</summary>
    /// <param name="heading">The heading, with or without 【】; whitespace anywhere in it is ignored.</param>
    /// <returns>The entries, in text order; empty if none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is empty or only whitespace once the brackets are removed.</exception>
    public ImmutableArray<Entry> WithHeading(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var wanted = TextKeys.Compact(heading).Trim('【', '】');
        if (string.IsNullOrWhiteSpace(wanted))
        {
            throw new ArgumentException("The heading is empty or only whitespace.", nameof(heading));
        }

        return byHeading.Value.GetValueOrDefault(wanted, []);
    }

    /// <summary>Finds the entries whose heading or text contains a piece of text.</summary>
    /// <param name="text">The text to look for, compared ordinally; whitespace inside it is ignored,
    /// since the entry texts have no OCR spaces left.</param>
    /// <returns>One hit per matching entry (its first match), in text order; <see cref="Occurrences(string)"/> gives every match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or only whitespace.</exception>
    public ImmutableArray<EntrySearchHit> Search(string text) => Find(text, everyMatch: false);

    /// <summary>Finds every place a piece of text occurs in the entries: each match in an entry's text is a hit of its
    /// own, with its own snippet and seed line, so that an entry that mentions the text five times gives five hits.</summary>
    /// <param name="text">The text to look for, compared ordinally; whitespace inside it is ignored,
    /// since the entry texts have no OCR spaces left.</param>
    /// <returns>The hits in text order: per entry, a heading-only match as one hit (<see cref="EntrySearchHit.Index"/>
    /// -1), otherwise one hit per match in the text, matches not overlapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or only whitespace.</exception>
    public ImmutableArray<EntrySearchHit> Occurrences(string text) => Find(text, everyMatch: true);

    private ImmutableArray<EntrySearchHit> Find(string text, bool everyMatch)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = TextKeys.Compact(text);
        if (query.Length == 0)
        {
            throw new ArgumentException("The search text is empty or only whitespace.", nameof(text));
        }

        var hits = ImmutableArray.CreateBuilder<EntrySearchHit>();
        foreach (var entry in this)
        {
            var inHeading = entry.Heading.Contains(query, StringComparison.Ordinal);
            var index = entry.Text.IndexOf(query, StringComparison.Ordinal);
            if (!inHeading && index < 0)
            {
                continue;
            }

            do
            {
                hits.Add(new EntrySearchHit
                {
                    Entry = entry,
                    InHeading = inHeading,
                    Index = index,
                    Snippet = Snippet(entry.Text, index, query.Length),
                    SeedLine = SeedLineOf(entry, index),
                });
                index = index < 0 ? -1 : entry.Text.IndexOf(query, index + query.Length, StringComparison.Ordinal);
            }
            while (everyMatch && index >= 0);
        }

        return hits.ToImmutable();
    }

    private static string Snippet(string text, int index, int length)
    {
        if (index < 0)
        {
            return text.Length <= 2 * SnippetRadius ? text : text[..(2 * SnippetRadius)] + "…";
        }

        var start = Math.Max(0, index - SnippetRadius);
        var end = Math.Min(text.Length, index + length + SnippetRadius);
        var snippet = text[start..end].Replace('\n', ' ');
        return (start > 0 ? "…" : string.Empty) + snippet + (end < text.Length ? "…" : string.Empty);
    }

    private static int SeedLineOf(Entry entry, int index) => index < 0 ? entry.Source.Line : entry.SeedLineAt(index);

    /// <summary>A filter names a section: the entries of that section.</summary>
    internal override int? CountMatching(string filter) => string.IsNullOrWhiteSpace(filter) ? 0 : InSection(filter).Length;
}
