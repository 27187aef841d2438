using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>The kind of a municipal government meeting.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum MeetingKind
{
    /// <summary>A plenary meeting (全体会议) of the whole municipal government.</summary>
    [JsonStringEnumMemberName("plenary")]
    Plenary = 0,

    /// <summary>An executive meeting (常务会议), chaired by the mayor.</summary>
    [JsonStringEnumMemberName("executive")]
    Executive = 1,
}
