using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>How the words printed around a <see cref="Figure"/> bound its value.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum FigureQualifier
{
    /// <summary>Printed as it is, with no word that bounds it (仅 and 达到 included).</summary>
    [JsonStringEnumMemberName("exact")]
    Exact = 0,

    /// <summary>About the value: 约, 近, 左右.</summary>
    [JsonStringEnumMemberName("approximate")]
    Approximate = 1,

    /// <summary>More than the value: 余 or 多 after the number (<c>48万余人</c>, <c>500多辆</c>), 超, 超过, 突破 or 逾 before it.</summary>
    [JsonStringEnumMemberName("more-than")]
    MoreThan = 2,

    /// <summary>The value or more: 以上 or (含)以上 after the number, 不少于 or 至少 before it.</summary>
    [JsonStringEnumMemberName("at-least")]
    AtLeast = 3,

    /// <summary>Less than the value: 不到, 不足 or 少于 before the number.</summary>
    [JsonStringEnumMemberName("less-than")]
    LessThan = 4,

    /// <summary>The value or less: 以下 or 以内 after the number, 不超过 or 最多 before it, 前N名 (a place among the first N).</summary>
    [JsonStringEnumMemberName("at-most")]
    AtMost = 5,
}
