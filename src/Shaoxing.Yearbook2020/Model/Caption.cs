using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A photo caption printed in the chapter, with its credit.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
/// <collection>The photo captions printed in the chapter.</collection>
/// <collectionValue>A read-only collection, in text order.</collectionValue>
[DataFile("captions.json", typeof(CaptionValidator), Label = "{Text}")]
public sealed record Caption : IDatedRecord
{
    /// <summary>The caption's stable id, <c>caption-1</c> onwards in text order.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The id of the section the caption is printed in.</summary>
    /// <value>A <see cref="Section.Id"/>.</value>
    [LinksTo(typeof(Section))]
    public required string SectionId { get; init; }

    /// <summary>The caption text, without its credit.</summary>
    /// <value>Chinese text.</value>
    public required string Text { get; init; }

    /// <summary>The day the photo was taken, where the caption gives a full date.</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public DateOnly? Date { get; init; }

    /// <summary>The last day, where the caption gives a range such as <c>8月11日至12日</c>.</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public DateOnly? EndDate { get; init; }

    /// <summary>Who provided the photo, from <c>(… 提供)</c>.</summary>
    /// <value>Chinese text such as <c>市医保局</c>.</value>
    public required string Credit { get; init; }

    /// <summary>The seed lines of the caption and its credit.</summary>
    /// <value>A span of seed lines.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Text"/> (the caption), from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Text"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishText { get; init; }

    /// <summary>The dates the caption's text names, in text order, each with where it is printed.</summary>
    /// <value>Date mentions; empty when the caption names no day, ten-day period or month.</value>
    public required ImmutableArray<DateMention> Dates { get; init; }

    /// <summary>Every body, person and place the caption and its credit names by a whole name, in text order (text, then credit).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
