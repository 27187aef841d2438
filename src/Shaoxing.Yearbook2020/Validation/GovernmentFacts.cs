using System.Collections.Frozen;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>The ids the meeting, agency and person validators check references against.</summary>
internal sealed record GovernmentFacts(FrozenSet<string> AgencyIds, FrozenSet<string> MeetingIds)
{
    /// <summary>The person ids participants, presenters and lecturers must resolve to; none unless given.</summary>
    public FrozenSet<string> PersonIds { get; init; } = FrozenSet<string>.Empty;
}
