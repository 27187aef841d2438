using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>The administrative level of a place, from the suffix of its name (市, 区, 县, 镇, 街道, 乡, 省, 州) and its position in
/// the city; or what a place without a level is (a development zone, a bay).</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum PlaceKind
{
    /// <summary>The prefecture-level city the chapter is about (绍兴市).</summary>
    [JsonStringEnumMemberName("city")]
    City = 0,

    /// <summary>A district (区) of the city.</summary>
    [JsonStringEnumMemberName("district")]
    District = 1,

    /// <summary>A county-level city (县级市) of the city.</summary>
    [JsonStringEnumMemberName("county-level-city")]
    CountyLevelCity = 2,

    /// <summary>A county (县).</summary>
    [JsonStringEnumMemberName("county")]
    County = 3,

    /// <summary>A town (镇).</summary>
    [JsonStringEnumMemberName("town")]
    Town = 4,

    /// <summary>A subdistrict (街道).</summary>
    [JsonStringEnumMemberName("subdistrict")]
    Subdistrict = 5,

    /// <summary>A township (乡).</summary>
    [JsonStringEnumMemberName("township")]
    Township = 6,

    /// <summary>A province (省).</summary>
    [JsonStringEnumMemberName("province")]
    Province = 7,

    /// <summary>A city outside Shaoxing, in China or abroad.</summary>
    [JsonStringEnumMemberName("other-city")]
    OtherCity = 8,

    /// <summary>An autonomous prefecture (州) outside Shaoxing.</summary>
    [JsonStringEnumMemberName("autonomous-prefecture")]
    AutonomousPrefecture = 9,

    /// <summary>A development zone or industrial park (开发区, 园区) or an area run as one (袍江): no administrative
    /// level of its own, and lying in the area its parent names.</summary>
    [JsonStringEnumMemberName("development-zone")]
    DevelopmentZone = 10,

    /// <summary>A bay named after a place on its shore (杭州湾): a geographic feature, not an administrative area.</summary>
    [JsonStringEnumMemberName("bay")]
    Bay = 11,

    /// <summary>A county-level area governed by an administrative committee (行政委员会) rather than as a county
    /// (大柴旦 in Haixi prefecture, Qinghai).</summary>
    [JsonStringEnumMemberName("administrative-committee")]
    AdministrativeCommittee = 12,
}
