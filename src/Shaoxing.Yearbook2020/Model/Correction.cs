using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// One repair of the OCR damage in the seed text, applied by the generator in memory (the seed
/// file itself is never edited), with the reason for it.
/// </summary>
/// <remarks>
/// Corrections come from the curated file <c>seeds/corrections.json</c>; only repairs that are
/// not general rules are listed (removing OCR spaces between Chinese characters and joining
/// line wraps are general and not listed). Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>Every repair the generator applied to the seed text, each with its reason.</collection>
/// <collectionValue>A read-only collection, in the order of the corrections file.</collectionValue>
[DataFile("corrections.json", typeof(CorrectionValidator))]
public sealed record Correction
{
    /// <summary>The correction's stable id, e.g. <c>fix-07</c>.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>What the correction does.</summary>
    /// <value>A <see cref="CorrectionKind"/>.</value>
    public required CorrectionKind Kind { get; init; }

    /// <summary>The seed line the correction applies to (for a move, the first line moved).</summary>
    /// <value>A 1-based line number.</value>
    public required int Line { get; init; }

    /// <summary>The last line a move takes; <see langword="null"/> means the same as <see cref="Line"/>.</summary>
    /// <value>A 1-based line number, or <see langword="null"/>.</value>
    public int? EndLine { get; init; }

    /// <summary>The text as printed, for a replacement.</summary>
    /// <value>Raw seed text, or <see langword="null"/> for other kinds.</value>
    public string? Original { get; init; }

    /// <summary>The repaired text, for a replacement; for a section inference, the inferred title.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? Corrected { get; init; }

    /// <summary>For a move, the heading of the entry that receives the text.</summary>
    /// <value>An <see cref="Entry.Heading"/>, or <see langword="null"/>.</value>
    public string? TargetHeading { get; init; }

    /// <summary>For a move, the id of the entry that receives the text (filled in by the generator).</summary>
    /// <value>An <see cref="Entry.Id"/>, or <see langword="null"/>.</value>
    [LinksTo(typeof(Entry))]
    public string? TargetEntryId { get; init; }

    /// <summary>Why the repair is right.</summary>
    /// <value>A sentence of justification.</value>
    public required string Reason { get; init; }

    /// <summary>Every body, person and place the correction's texts (the text as printed, as repaired, the reason, the heading) name by a whole name.</summary>
    /// <value>Links with their spans; empty when its texts name none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
