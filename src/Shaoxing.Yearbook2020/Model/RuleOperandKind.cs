using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>Where a <see cref="RuleOperand"/> takes its value from.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum RuleOperandKind
{
    /// <summary>The <see cref="Figure.NormalizedValue"/> of a figure.</summary>
    [JsonStringEnumMemberName("figure")]
    Figure = 0,

    /// <summary>The number of records of a kind (entries, sections, captions, table rows, meetings, honours), optionally filtered.</summary>
    [JsonStringEnumMemberName("record-count")]
    RecordCount = 1,

    /// <summary>The previous year's whole number implied by a figure and its printed percentage change:
    /// <c>round(current / (1 + change / 100))</c>.</summary>
    [JsonStringEnumMemberName("implied-previous")]
    ImpliedPrevious = 2,

    /// <summary>The hours from <see cref="RuleOperand.From"/> to <see cref="RuleOperand.To"/>: clock times the text prints,
    /// checked against a duration it states (经过68个小时 from 6月7日22时18分 to 10日16时).</summary>
    [JsonStringEnumMemberName("elapsed")]
    Elapsed = 3,
}
