using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// Where a record came from: a range of 1-based lines of the seed file
/// (<c>seeds/000_7ba1952524c06baf.txt</c>).
/// </summary>
/// <remarks>
/// Pass a span to <see cref="Yearbook.Quote(SourceSpan)"/> to get the raw seed text back.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record SourceSpan
{
    /// <summary>The first seed line of the record, 1-based.</summary>
    /// <value>A line number between 1 and the seed's line count.</value>
    public required int Line { get; init; }

    /// <summary>The last seed line of the record, 1-based and inclusive.</summary>
    /// <value>A line number not less than <see cref="Line"/>.</value>
    public required int EndLine { get; init; }

    /// <summary>The id of the entry the record belongs to, where it belongs to one.</summary>
    /// <value>An <see cref="Entry.Id"/>, or <see langword="null"/>.</value>
    [LinksTo(typeof(Entry))]
    public string? EntryId { get; init; }
}
