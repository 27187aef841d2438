using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One value a <see cref="ConsistencyRule"/> relates: a figure, a count of records, an implied previous-year value,
/// or the time elapsed between two clock times the text prints.</summary>
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

    /// <summary>The unit the operand's value is converted to before the computation, for a rule that relates values printed
    /// in different units (128795G against 13.1T): data sizes step by 1024 (K, M, G, T, P, as computer memory and storage are
    /// counted), durations by 60 and 24 (秒, 分钟, 小时, 天).</summary>
    /// <value>A unit such as <c>T</c> or <c>小时</c>, or <see langword="null"/> where the value is used in its own unit
    /// (<see cref="Figure.NormalizedUnit"/>; hours for <see cref="RuleOperandKind.Elapsed"/>).</value>
    public string? Unit { get; init; }

    /// <summary>The earlier clock time, for <see cref="RuleOperandKind.Elapsed"/>.</summary>
    /// <value>A clock time read from the text, or <see langword="null"/> for the other kinds.</value>
    public ClockTime? From { get; init; }

    /// <summary>The later clock time, for <see cref="RuleOperandKind.Elapsed"/>.</summary>
    /// <value>A clock time read from the text, or <see langword="null"/> for the other kinds.</value>
    public ClockTime? To { get; init; }
}
