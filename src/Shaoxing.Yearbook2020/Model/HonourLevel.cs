using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>The level of a <see cref="Honour"/>: who stands behind it.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum HonourLevel
{
    /// <summary>Conferred or ranked nationally (全国…, a national ministry, a national ranking).</summary>
    [JsonStringEnumMemberName("national")]
    National = 0,

    /// <summary>Conferred or ranked by the province of Zhejiang (浙江省…, 省…, 全省…).</summary>
    [JsonStringEnumMemberName("provincial")]
    Provincial = 1,

    /// <summary>Conferred by Shaoxing city (市…, 绍兴市…).</summary>
    [JsonStringEnumMemberName("municipal")]
    Municipal = 2,

    /// <summary>The text does not say who confers it (e.g. 三等功 and 嘉奖 inside the fire service).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 3,
}
