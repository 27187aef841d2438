using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One row of a <see cref="SeedTable"/>.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record SeedTableRow
{
    /// <summary>The seed line of the row.</summary>
    /// <value>A 1-based line number.</value>
    public required int Line { get; init; }

    /// <summary>The row's cells, left to right.</summary>
    /// <value>Cell texts; an empty string is an empty cell.</value>
    public required ImmutableArray<string> Cells { get; init; }

    /// <summary>The English renderings of <see cref="Cells"/> (a cell with no letters, such as a number, is its own rendering), one for each, in the same order, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English texts such as <c>Yuecheng District</c>, <c>6</c>, parallel to the Chinese list; empty when any of them has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public ImmutableArray<string> EnglishCells { get; init; } = [];
}
