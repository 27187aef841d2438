using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>The arithmetic a <see cref="ConsistencyRule"/> checks.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum ConsistencyRuleKind
{
    /// <summary>The operands add up to the result (parts to a total).</summary>
    [JsonStringEnumMemberName("sum")]
    Sum = 0,

    /// <summary>The first operand divided by the second, as a percentage, is the result (a rate or share).</summary>
    [JsonStringEnumMemberName("ratio")]
    Ratio = 1,

    /// <summary>The result is the percentage change from the previous year's value (the second operand,
    /// or, where the text does not print it, the whole number that the first operand and the change imply).</summary>
    [JsonStringEnumMemberName("year-on-year")]
    YearOnYear = 2,

    /// <summary>The first operand minus the others is the result.</summary>
    [JsonStringEnumMemberName("difference")]
    Difference = 3,

    /// <summary>The single operand equals the result (a count printed twice, or a count of records).</summary>
    [JsonStringEnumMemberName("equality")]
    Equality = 4,

    /// <summary>The operands together are at most the result: parts printed with their whole (其中…) that need not
    /// exhaust it, or a count that is part of a wider count printed elsewhere.</summary>
    [JsonStringEnumMemberName("part-of")]
    PartOf = 5,
}
