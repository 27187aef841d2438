using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>How finely a <see cref="DateMention"/> names its days: a day, a ten-day period (旬) or a month.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum DatePrecision
{
    /// <summary>A day or a range of days (5月13日, 8月11日至12日).</summary>
    [JsonStringEnumMemberName("day")]
    Day = 0,

    /// <summary>A ten-day period of a month (上旬 the 1st to the 10th, 中旬 the 11th to the 20th, 下旬 the 21st to the month's end).</summary>
    [JsonStringEnumMemberName("ten-days")]
    TenDays = 1,

    /// <summary>A month or a range of months (10月, 6月至7月).</summary>
    [JsonStringEnumMemberName("month")]
    Month = 2,
}
