using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Layout;

/// <summary>One block of the printed page, with the seed lines it came from.</summary>
public sealed record LayoutBlock
{
    /// <summary>What the block is.</summary>
    public required LayoutBlockKind Kind { get; init; }

    /// <summary>The first seed line of the block.</summary>
    public required int Line { get; init; }

    /// <summary>The last seed line of the block.</summary>
    public required int EndLine { get; init; }

    /// <summary>The block's text: the heading without brackets, the paragraph, the caption, the provider or the table title.
    /// Headings, captions, providers and titles are normalized; paragraphs are raw (joined later).</summary>
    public required string Text { get; init; }

    /// <summary>For a caption, who provided the photo.</summary>
    public string? Credit { get; init; }

    /// <summary>For a table, its number.</summary>
    public int TableNumber { get; init; }

    /// <summary>For a table, its rows.</summary>
    public ImmutableArray<SeedTableRow> Rows { get; init; } = [];
}
