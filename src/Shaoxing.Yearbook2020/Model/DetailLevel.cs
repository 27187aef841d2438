using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>How much the text tells about a <see cref="SafetyIncident"/>.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum DetailLevel
{
    /// <summary>The incident has its own entry, whose heading names it (the "8·2" deflagration, the "6·7" LNG tanker crash).</summary>
    [JsonStringEnumMemberName("full-entry")]
    FullEntry = 0,

    /// <summary>The incident is only named (by its code or its name) in an entry about something else.</summary>
    [JsonStringEnumMemberName("mention")]
    Mention = 1,

    /// <summary>
    /// The incident is described with its own facts (dates, people affected) in an entry on a wider subject,
    /// such as the 6月30日 rainstorm in 汛期灾情 or typhoon 黑格比 in 台风防御.
    /// </summary>
    [JsonStringEnumMemberName("passage")]
    Passage = 2,
}
