using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A number printed in the chapter: its value and unit as written, normalised, and what it counts.</summary>
/// <remarks>
/// Figures are parsed from the repaired entry texts and from the cells of 表6. Dates, years, ordinals,
/// codes and numbers inside 《…》 or "…" are not figures (the rule, with a count for each exclusion, is in the data
/// contract: src/Shaoxing.Yearbook2020/Data/README.md, "What counts as a number").
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>Every number printed in the entries' texts and in 表6, typed and sourced.</collection>
/// <collectionValue>A read-only collection, entries in text order, then table cells row by row.</collectionValue>
[DataFile("figures.json", typeof(FigureValidator), Collection = typeof(FigureCollection), Label = "{Quote} ({Label})")]
public sealed record Figure
{
    /// <summary>The figure's stable id: a readable slug for figures that take part in a consistency rule
    /// (e.g. <c>safety-2020-accidents</c>), otherwise entry id and position (<c>s5-e01-f03</c>) or table cell (<c>t6-yuecheng-road-deaths</c>).</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The entry whose text holds the figure.</summary>
    /// <value>An <see cref="Entry.Id"/>, or <see langword="null"/> for a table cell.</value>
    [LinksTo(typeof(Entry))]
    public string? EntryId { get; init; }

    /// <summary>The table whose cell holds the figure.</summary>
    /// <value>A <see cref="SeedTable.Id"/>, or <see langword="null"/> for a figure of an entry's text.</value>
    [LinksTo(typeof(SeedTable))]
    public string? TableId { get; init; }

    /// <summary>What the figure counts: the noun phrase the number quantifies, taken from the number's own clause
    /// (for a table cell, the row and column headings). The rule, family by family, is in the data contract
    /// (src/Shaoxing.Yearbook2020/Data/README.md, "Labels").</summary>
    /// <value>Chinese text such as <c>涉爆车间</c> for <c>全市292个涉爆车间</c> or <c>发生生产安全事故</c> for
    /// <c>全市发生生产安全事故59起</c>; never a scope word, verb or connective alone.</value>
    public required string Label { get; init; }

    /// <summary>The words that scope the figure where its clause prints them: the whole city, the city's own level, a district.</summary>
    /// <value>Text such as <c>全市</c>, <c>市本级</c>, <c>市、县两级</c> or <c>越城区</c>; <see langword="null"/> where the clause names no scope.</value>
    public string? Scope { get; init; }

    /// <summary>The number as written, without its multiplier or unit.</summary>
    /// <value>Digits, e.g. <c>425.1</c> or <c>-28.9</c>; Chinese numerals stay as printed (<c>六</c>).</value>
    public required string Value { get; init; }

    /// <summary>The unit as written, multiplier included.</summary>
    /// <value>Text such as <c>个</c>, <c>万元</c>, <c>亿条</c>, <c>%</c>; <see langword="null"/> where the number has none.</value>
    public string? Unit { get; init; }

    /// <summary>The value with 万/亿 multiplied out and money in yuan; a percentage printed after 下降 (a fall) is negative.</summary>
    /// <value>A decimal; <c>425.1亿条</c> → <c>42510000000</c>; <c>比2019年分别下降28.9%</c> → <c>-28.9</c>.</value>
    public required decimal NormalizedValue { get; init; }

    /// <summary>The unit of <see cref="NormalizedValue"/>: the written unit without its multiplier.</summary>
    /// <value>Text such as <c>条</c> or <c>元</c>; <see langword="null"/> where the number has no unit.</value>
    public string? NormalizedUnit { get; init; }

    /// <summary>How the words around the number bound it: exact, approximate, more than, at least, less than, at most.</summary>
    /// <value><see cref="FigureQualifier.MoreThan"/> for <c>48万余人</c> and <c>突破10万只</c>, <see cref="FigureQualifier.Approximate"/>
    /// for <c>约10亿次</c>, <see cref="FigureQualifier.AtLeast"/> for <c>97.7%以上</c>, <see cref="FigureQualifier.AtMost"/> for <c>3人以下</c>.</value>
    public required FigureQualifier Qualifier { get; init; }

    /// <summary>Whether the text gives the number as approximate (约, 近, 左右): the same as <see cref="Qualifier"/> being
    /// <see cref="FigureQualifier.Approximate"/>. A bound (余, 多, 超过, 以上 …) is not approximate.</summary>
    /// <value><see langword="true"/> for <c>约10亿次</c>; <see langword="false"/> for <c>48万余人</c> (more than).</value>
    public required bool IsApproximate { get; init; }

    /// <summary>Whether the number is a place in a ranking (第31位, 第十名, 前三名) rather than a count or an amount: such a
    /// figure must not be summed or compared with counts, and its <see cref="Unit"/> (位, 名) is the rank's, not a head count.</summary>
    /// <value><see langword="true"/> for <c>城市综合经济实力居全国第31位</c> (31 is the place) and <c>前三名</c> (with
    /// <see cref="FigureQualifier.AtMost"/>); <see langword="false"/> for <c>队员90名</c>.</value>
    public required bool IsRank { get; init; }

    /// <summary>The exact phrase of the repaired text (or the cell) that holds the number and its unit.</summary>
    /// <value>Text found verbatim in the entry's text or the table cell.</value>
    public required string Quote { get; init; }

    /// <summary>The seed line the number was printed on.</summary>
    /// <value>A one-line span whose <see cref="SourceSpan.EntryId"/> is <see cref="EntryId"/>.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Label"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Label"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishLabel { get; init; }

    /// <summary>The English rendering of <see cref="Scope"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Scope"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishScope { get; init; }

    /// <summary>The English rendering of <see cref="Unit"/> (a unit with no letters, such as <c>%</c>, is its own rendering), from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Unit"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishUnit { get; init; }

    /// <summary>The English rendering of <see cref="NormalizedUnit"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="NormalizedUnit"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishNormalizedUnit { get; init; }

    /// <summary>Every body, person and place the figure's label, scope and quote name by a whole name.</summary>
    /// <value>Links with their spans; empty when its texts name none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
