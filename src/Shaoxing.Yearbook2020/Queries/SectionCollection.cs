using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The six sections of the chapter, with lookups.</summary>
/// <remarks>Read-only and thread-safe.</remarks>
public sealed class SectionCollection : RecordCollection<Section>
{
    internal SectionCollection(ImmutableArray<Section> sections)
        : base(sections, s => s.Id)
    {
    }

    /// <summary>Finds a section by its printed or inferred title.</summary>
    /// <param name="title">The title, e.g. <c>应急管理</c>; surrounding whitespace is ignored.</param>
    /// <returns>The section, or <see langword="null"/> if none has that title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public Section? FindByTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var wanted = title.Trim();
        return this.FirstOrDefault(s => s.Title == wanted || s.InferredTitle == wanted);
    }
}
