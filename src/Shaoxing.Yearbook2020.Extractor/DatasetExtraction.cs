using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>
/// Every record the extractor takes out of the seed, by kind: what the data files hold. The writer finds
/// each record kind's records here by their type (one list per kind, here or in <see cref="Chapter"/>).
/// </summary>
public sealed record DatasetExtraction
{
    /// <summary>The text layer: sections, entries, captions, tables and the corrections applied.</summary>
    public required ChapterExtraction Chapter { get; init; }

    /// <summary>The bodies: the municipal government, the 32 bodies of 【市政府机构概况】 in order, then the others.</summary>
    public required ImmutableArray<Agency> Agencies { get; init; }

    /// <summary>The people named in an official role at the meetings.</summary>
    public required ImmutableArray<Person> People { get; init; }

    /// <summary>The 2 plenary and 22 executive meetings, in text order.</summary>
    public required ImmutableArray<Meeting> Meetings { get; init; }

    /// <summary>Every dated incident of harm or hazard the chapter describes or names, in order of first mention.</summary>
    public required ImmutableArray<SafetyIncident> SafetyIncidents { get; init; }

    /// <summary>The rows of 表6, the total row included, in table order.</summary>
    public required ImmutableArray<DistrictSafetyStatistics> DistrictSafetyStatistics { get; init; }

    /// <summary>Every honour, one per (honour, recipient), in seed order.</summary>
    public required ImmutableArray<Honour> Honours { get; init; }

    /// <summary>Every number of the entries' texts and of 表6, typed and sourced.</summary>
    public required ImmutableArray<Figure> Figures { get; init; }

    /// <summary>The places the chapter names, in order of first mention.</summary>
    public required ImmutableArray<Place> Places { get; init; }

    /// <summary>The arithmetic relations among the figures.</summary>
    public required ImmutableArray<ConsistencyRule> ConsistencyRules { get; init; }

    /// <summary>The sentences with an honour or casualty cue that no record reads: not records, a report written beside them.</summary>
    public required ImmutableArray<Coverage.UnreadSentence> UnreadSentences { get; init; }

    /// <summary>The human-readable texts that the glossary does not render, written beside the data as <c>untranslated-texts.tsv</c>.</summary>
    /// <value>One row per text and place, in the order the records are written; empty before the English is attached.</value>
    public ImmutableArray<English.UntranslatedText> UntranslatedTexts { get; init; } = [];

    /// <summary>The glossary entries whose Chinese text no record holds.</summary>
    /// <value>Each entry with the file it is in; empty when every entry is used.</value>
    public ImmutableArray<(English.GlossaryEntry Entry, string File)> UnusedGlossaryEntries { get; init; } = [];

    /// <summary>How many distinct texts of the records the glossary renders.</summary>
    /// <value>A count of distinct Chinese texts (numbers and other texts that are their own English not counted).</value>
    public int RenderedTexts { get; init; }

    /// <summary>The bodies and places the text names that no curated row describes (<c>uncurated-records.tsv</c>).</summary>
    public ImmutableArray<Names.UncuratedRecord> UncuratedRecords { get; init; } = [];
}
