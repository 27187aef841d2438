using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>What kind of event a <see cref="SafetyIncident"/> is.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum IncidentCategory
{
    /// <summary>An accident in production (a factory, a site): the "8·2" deflagration.</summary>
    [JsonStringEnumMemberName("production-safety")]
    ProductionSafety = 0,

    /// <summary>A road traffic accident that is not about a dangerous load.</summary>
    [JsonStringEnumMemberName("road-traffic")]
    RoadTraffic = 1,

    /// <summary>An accident of a vehicle carrying hazardous chemicals (tanker leaks and explosions).</summary>
    [JsonStringEnumMemberName("hazardous-chemicals-transport")]
    HazardousChemicalsTransport = 2,

    /// <summary>A fire.</summary>
    [JsonStringEnumMemberName("fire")]
    Fire = 3,

    /// <summary>A rainstorm or flood.</summary>
    [JsonStringEnumMemberName("flood")]
    Flood = 4,

    /// <summary>A typhoon.</summary>
    [JsonStringEnumMemberName("typhoon")]
    Typhoon = 5,

    /// <summary>A hazard at a tailings dam (尾矿库).</summary>
    [JsonStringEnumMemberName("tailings")]
    Tailings = 6,

    /// <summary>A heat spell or drought.</summary>
    [JsonStringEnumMemberName("heat-drought")]
    HeatDrought = 7,

    /// <summary>Anything else, including accidents the text names without saying what kind they were.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 8,
}
