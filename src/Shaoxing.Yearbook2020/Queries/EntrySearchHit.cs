using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>One match of <see cref="EntryCollection.Search(string)"/> (an entry's first) or of <see cref="EntryCollection.Occurrences(string)"/> (each).</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record EntrySearchHit
{
    /// <summary>The entry that matched.</summary>
    /// <value>An entry.</value>
    public required Entry Entry { get; init; }

    /// <summary>Whether the heading (rather than only the text) contains the query.</summary>
    /// <value><see langword="true"/> for a heading match.</value>
    public required bool InHeading { get; init; }

    /// <summary>The position of the match in <see cref="Entry.Text"/>, or -1 for a heading-only match.</summary>
    /// <value>A 0-based character index, or -1.</value>
    public required int Index { get; init; }

    /// <summary>A short piece of text around the match.</summary>
    /// <value>At most about 60 characters of the entry text.</value>
    public required string Snippet { get; init; }

    /// <summary>The seed line the match is on, where it can be told (else the entry's first line).</summary>
    /// <value>A 1-based line number.</value>
    public required int SeedLine { get; init; }
}
