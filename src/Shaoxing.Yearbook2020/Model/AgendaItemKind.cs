using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>What an agenda item reports on, read from the words of its clause.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum AgendaItemKind
{
    /// <summary>A report on drafting a document (起草).</summary>
    [JsonStringEnumMemberName("drafting")]
    Drafting = 0,

    /// <summary>A report on compiling a plan or programme (编制).</summary>
    [JsonStringEnumMemberName("compilation")]
    Compilation = 1,

    /// <summary>A report on revising a document or policy (修订, 修编).</summary>
    [JsonStringEnumMemberName("revision")]
    Revision = 2,

    /// <summary>Passing on the spirit of a higher meeting or instruction (传达, 精神).</summary>
    [JsonStringEnumMemberName("transmission")]
    Transmission = 3,

    /// <summary>Any other report on a situation (情况汇报).</summary>
    [JsonStringEnumMemberName("briefing")]
    Briefing = 4,
}
