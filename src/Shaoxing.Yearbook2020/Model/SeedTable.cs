using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A table printed in the chapter (表6, 表7), as rows of cells.</summary>
/// <remarks>
/// Cells are the tab-separated fields of the seed lines with OCR spaces removed
/// (<c>周 焕</c> → <c>周焕</c>); header rows are kept as printed, garbage included.
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>The tables printed in the chapter (表6, 表7), cell by cell.</collection>
/// <collectionValue>A read-only collection, in text order.</collectionValue>
[DataFile("tables.json", typeof(SeedTableValidator), Label = "{Title}")]
public sealed record SeedTable
{
    /// <summary>The table's stable id, e.g. <c>table-6</c>.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The table's number as printed (表6 → 6).</summary>
    /// <value>A positive integer.</value>
    public required int Number { get; init; }

    /// <summary>The table's title.</summary>
    /// <value>Chinese text.</value>
    public required string Title { get; init; }

    /// <summary>The id of the section the table is printed in.</summary>
    /// <value>A <see cref="Section.Id"/>.</value>
    [LinksTo(typeof(Section))]
    public required string SectionId { get; init; }

    /// <summary>The table's rows, each a list of cells, header rows first.</summary>
    /// <value>Rows of cells; trailing empty cells are dropped.</value>
    public required ImmutableArray<SeedTableRow> Rows { get; init; }

    /// <summary>The seed lines from the table's number to its last row.</summary>
    /// <value>A span of seed lines.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }

    /// <summary>The first day of the period the table covers.</summary>
    /// <value>A date: the first day of the year or months the title states, else 2020-01-01.</value>
    public required DateOnly PeriodStart { get; init; }

    /// <summary>The last day of the period the table covers.</summary>
    /// <value>A date not before <see cref="PeriodStart"/>: the last day of the year or months the title states, else 2020-12-31.</value>
    public required DateOnly PeriodEnd { get; init; }

    /// <summary>The words of the title that state the period (<c>2020</c>, <c>2020年1—10月</c>).</summary>
    /// <value>Text from <see cref="Title"/>, or <see langword="null"/> where the title states none and the table covers the chapter's year, 2020.</value>
    public string? PeriodText { get; init; }

    /// <summary>Every body, person and place the table's title and cells name by a whole name.</summary>
    /// <value>Links with their spans; a cell's link names it by row and column in <see cref="NamedRecord.Field"/> (<c>rows[3].cells[1]</c>: the fourth row, header rows counted, second cell), its span the row's seed line.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
