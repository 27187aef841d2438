using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>
/// The curated file <c>seeds/consistency-rules.json</c>: which figures get readable ids (found by a phrase of
/// their entry's text), the English keys of 表6's rows and columns, and which figure ids relate how.
/// It holds no value: every value comes from the text.
/// </summary>
public sealed record CuratedRules
{
    /// <summary>Readable names for figures of the entries' texts.</summary>
    public required ImmutableArray<CuratedFigureName> Figures { get; init; }

    /// <summary>How the cells of a table are named.</summary>
    public required ImmutableArray<CuratedTableKeys> Tables { get; init; }

    /// <summary>The rules, in file order; operands refer to figure ids.</summary>
    public required ImmutableArray<CuratedRule> Rules { get; init; }
}

/// <summary>A readable id for a figure of an entry's text, named by where it stands and what it counts, never by the
/// number printed: a changed number is still found, and the rules built on it report their new outcome.</summary>
/// <param name="Id">The readable id.</param>
/// <param name="EntryId">The entry.</param>
/// <param name="Before">The words printed right before the figure's quote (empty for any).</param>
/// <param name="Unit">The figure's unit as written (multiplier included), or <see langword="null"/> for a number without one.</param>
/// <param name="After">The words printed right after the figure's quote (empty for any).</param>
/// <param name="Label">What the figure counts, as its label reads (<see cref="Figure.Label"/>), casualty words taken as
/// their plain word (身亡 as 死亡); empty for any. It finds 死亡2人 and 2人身亡 alike, where the words around differ.</param>
/// <param name="Order">Which of the figures these words and unit fit, counted from 1 in text order; <see langword="null"/>
/// where exactly one fits.</param>
public sealed record CuratedFigureName(string Id, string EntryId, string Before, string? Unit, string After, string Label, int? Order)
{
    /// <summary>The words, unit and order, as an error names them.</summary>
    /// <returns>Text such as <c>before '造成', unit '人', after '死亡'</c>.</returns>
    public override string ToString() =>
        $"before '{Before}', unit '{Unit ?? "(none)"}', after '{After}'{(Label.Length > 0 ? $", label '{Label}'" : string.Empty)}{(Order is { } order ? FormattableString.Invariant($", order {order}") : string.Empty)}";
}

/// <summary>English keys for a table's rows (by first cell) and columns (by position), with the columns' labels and units.</summary>
/// <param name="TableId">The table.</param>
/// <param name="Prefix">The id prefix, e.g. <c>t6</c>.</param>
/// <param name="Rows">First cell → row key.</param>
/// <param name="Columns">Column 1 onwards: key, label, unit.</param>
public sealed record CuratedTableKeys(
    string TableId,
    string Prefix,
    ImmutableDictionary<string, string> Rows,
    ImmutableArray<(string Key, string Label, string Unit)> Columns);

/// <summary>A rule as curated: figure ids and how they relate.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Kind">The arithmetic.</param>
/// <param name="Description">What is checked and why.</param>
/// <param name="Result">The printed value to reproduce.</param>
/// <param name="Operands">The values used.</param>
/// <param name="Tolerance">The rounding as printed.</param>
/// <param name="Expected">Whether the source satisfies it.</param>
/// <param name="Note">Why it is expected to fail, or other remarks.</param>
public sealed record CuratedRule(
    string Id,
    ConsistencyRuleKind Kind,
    string Description,
    CuratedOperand Result,
    ImmutableArray<CuratedOperand> Operands,
    decimal Tolerance,
    bool Expected,
    string? Note);
