using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The six sections of the chapter, with lookups.</summary>
/// <remarks>Read-only and thread-safe.</remarks>
public sealed class SectionCollection : RecordCollection<Section>
{
    private readonly Lazy<FrozenDictionary<string, Section>> byTitle;

    internal SectionCollection(ImmutableArray<Section> sections)
        : base(sections, s => s.Id)
    {
        byTitle = new(() => sections
            .SelectMany(s => new[] { s.Title, s.InferredTitle }.Where(t => t is not null).Select(t => (Title: t!, Section: s)))
            .GroupBy(x => TextKeys.Compact(x.Title), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Section, StringComparer.Ordinal));
    }

    /// <summary>Finds a section by its printed or inferred title.</summary>
    /// <param name="title">The title, e.g. <c>应急管理</c>; whitespace anywhere in it is ignored.</param>
    /// <returns>The section, or <see langword="null"/> if none has that title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or only whitespace.</exception>
    public Section? FindByTitle(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return byTitle.Value.GetValueOrDefault(TextKeys.Compact(title));
    }
}
