using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One value a <see cref="ConsistencyRule"/> relates: a figure, a count of records, or an implied previous-year value.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record RuleOperand
{
    /// <summary>Where the operand takes its value from.</summary>
    /// <value>A kind; it says which of the other properties are set.</value>
    public required RuleOperandKind Kind { get; init; }

    /// <summary>The figure (for <see cref="RuleOperandKind.Figure"/>) or the current-year figure (for <see cref="RuleOperandKind.ImpliedPrevious"/>).</summary>
    /// <value>A <see cref="Figure.Id"/>, or <see langword="null"/> for a record count.</value>
    [LinksTo(typeof(Figure))]
    public string? FigureId { get; init; }

    /// <summary>The printed percentage change, for <see cref="RuleOperandKind.ImpliedPrevious"/>.</summary>
    /// <value>A <see cref="Figure.Id"/> of a figure in %, or <see langword="null"/>.</value>
    [LinksTo(typeof(Figure))]
    public string? ChangeFigureId { get; init; }

    /// <summary>The kind of record counted, for <see cref="RuleOperandKind.RecordCount"/>:
    /// <c>entries</c>, <c>sections</c>, <c>captions</c>, <c>table-rows</c>, <c>meetings</c>, <c>honours</c>.</summary>
    /// <value>A record kind name, or <see langword="null"/>.</value>
    public string? RecordKind { get; init; }

    /// <summary>Which records are counted: a section id for entries, <c>table-7</c> or <c>table-7/应急管理组</c> for the
    /// data rows of a table (or of one group of it), <c>executive</c> for meetings.</summary>
    /// <value>A filter, or <see langword="null"/> to count every record of the kind.</value>
    public string? Filter { get; init; }
}
