using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Chapter;

/// <summary>The text layer extracted from the seed: every record the package's text files hold.</summary>
public sealed record ChapterExtraction
{
    /// <summary>The six sections.</summary>
    public required ImmutableArray<Section> Sections { get; init; }

    /// <summary>Every entry.</summary>
    public required ImmutableArray<Entry> Entries { get; init; }

    /// <summary>The photo captions.</summary>
    public required ImmutableArray<Caption> Captions { get; init; }

    /// <summary>The tables.</summary>
    public required ImmutableArray<SeedTable> Tables { get; init; }

    /// <summary>The corrections applied, with move targets resolved to entry ids.</summary>
    public required ImmutableArray<Correction> Corrections { get; init; }

    /// <summary>Things the extractor noticed but could still handle, each naming its seed line.</summary>
    public required ImmutableArray<string> Warnings { get; init; }
}
