using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>What kind of record a name in a text names: a body, a person or a place.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them. Each value is one target kind of
/// <see cref="NamedRecord.TargetId"/>, so that a link table can be split into one table per kind.</remarks>
public enum NamedRecordKind
{
    /// <summary>A body (<see cref="Agency"/>).</summary>
    [JsonStringEnumMemberName("agency")]
    Agency = 0,

    /// <summary>A person (<see cref="Person"/>).</summary>
    [JsonStringEnumMemberName("person")]
    Person = 1,

    /// <summary>A place (<see cref="Place"/>).</summary>
    [JsonStringEnumMemberName("place")]
    Place = 2,
}
