using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>Who or what received a <see cref="Honour"/>.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum RecipientKind
{
    /// <summary>A named person.</summary>
    [JsonStringEnumMemberName("person")]
    Person = 0,

    /// <summary>A unit: a government body, a company, a district government.</summary>
    [JsonStringEnumMemberName("organisation")]
    Organisation = 1,

    /// <summary>A city (绍兴市 itself, or 宁波市 sharing an award with it).</summary>
    [JsonStringEnumMemberName("city")]
    City = 2,

    /// <summary>A project, an application, a reform or a piece of work.</summary>
    [JsonStringEnumMemberName("project")]
    Project = 3,

    /// <summary>A rescue or fire team, or a delegation competing as a team.</summary>
    [JsonStringEnumMemberName("team")]
    Team = 4,

    /// <summary>Recipients the text only counts (2人获个人三等功): <see cref="Honour.Recipient"/> is null.</summary>
    [JsonStringEnumMemberName("unnamed-group")]
    UnnamedGroup = 5,
}
