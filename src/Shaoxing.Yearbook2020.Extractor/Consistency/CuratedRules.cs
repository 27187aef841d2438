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

/// <summary>A readable id for the figure printed inside a phrase of an entry's text.</summary>
/// <param name="Id">The readable id.</param>
/// <param name="EntryId">The entry.</param>
/// <param name="Phrase">A phrase of the entry's text holding the figure (its first occurrence is used).</param>
/// <param name="Value">The value as written, where the phrase holds more than one figure.</param>
public sealed record CuratedFigureName(string Id, string EntryId, string Phrase, string? Value);

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
    RuleOperand Result,
    ImmutableArray<RuleOperand> Operands,
    decimal Tolerance,
    bool Expected,
    string? Note);
