using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// One yearbook entry (条目): a 【…】 heading and its text.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the repaired, continuous text: OCR spaces between Chinese characters
/// removed, line wraps and page breaks joined, captions, tables and page furniture taken out,
/// and text printed out of reading order moved back (each such move is a row of
/// <see cref="Yearbook.Corrections"/>). Paragraphs are separated by <c>\n</c>.
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>Every 【…】 entry of the chapter, with its repaired text.</collection>
/// <collectionValue>A read-only collection, in text order.</collectionValue>
[DataFile("entries.json", typeof(EntryValidator), Collection = typeof(EntryCollection), Label = "{Heading}")]
public sealed record Entry
{
    /// <summary>The entry's stable id: section id and position, e.g. <c>s5-e03</c>.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The id of the section the entry belongs to.</summary>
    /// <value>A <see cref="Section.Id"/>.</value>
    [LinksTo(typeof(Section))]
    public required string SectionId { get; init; }

    /// <summary>The entry's heading: the text between 【 and 】 with its damage repaired.</summary>
    /// <value>Chinese text such as <c>市政府常务会议</c>.</value>
    public required string Heading { get; init; }

    /// <summary>The entry's repaired text; paragraphs are separated by <c>\n</c>.</summary>
    /// <value>Continuous Chinese text.</value>
    [MultilineText]
    public required string Text { get; init; }

    /// <summary>Which seed line each piece of <see cref="Text"/> was taken from, in text order.</summary>
    /// <value>Segments covering the text; moved text keeps the seed line it was printed on.</value>
    public required ImmutableArray<TextSegment> Segments { get; init; }

    /// <summary>The places the entry's heading or text names by a whole name or alias (the places of
    /// <see cref="NamedRecords"/>), in order of first mention.</summary>
    /// <value><see cref="Place.Id"/>s; empty when the entry names no place.</value>
    [LinksTo(typeof(Place))]
    public required ImmutableArray<string> PlaceIds { get; init; }

    /// <summary>The seed lines from the heading to the last line of the entry's text.</summary>
    /// <value>A span whose <see cref="SourceSpan.EntryId"/> is this entry's id.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Heading"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Typhoon Defense</c>, or <see langword="null"/> when <see cref="Heading"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishHeading { get; init; }

    /// <summary>The dates the entry's text names, in text order, each with where it is printed.</summary>
    /// <value>Date mentions; empty when the text names no day, ten-day period or month.</value>
    public required ImmutableArray<DateMention> Dates { get; init; }

    /// <summary>Every body, person and place the heading and text names by a whole name, in text order (heading first).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];

    /// <summary>The seed line one character of <see cref="Text"/> was printed on, from <see cref="Segments"/>.</summary>
    /// <param name="index">A 0-based position in <see cref="Text"/> (a paragraph break belongs to the text before it).</param>
    /// <returns>A 1-based seed line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public int SeedLineAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var line = Source.Line;
        foreach (var segment in Segments)
        {
            if (segment.Start > index)
            {
                break;
            }

            line = segment.Line;
        }

        return line;
    }

    /// <summary>The seed lines a range of <see cref="Text"/> was printed on.</summary>
    /// <param name="start">The first character, 0-based.</param>
    /// <param name="length">The number of characters (0 is taken as 1).</param>
    /// <returns>A span from the line of the first character to the line of the last, naming this entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public SourceSpan SourceOf(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var first = SeedLineAt(start);
        var last = SeedLineAt(start + Math.Max(0, length - 1));
        return new SourceSpan { Line = Math.Min(first, last), EndLine = Math.Max(first, last), EntryId = Id };
    }
}
