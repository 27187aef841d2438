using System.Collections.Frozen;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>The ids the meeting, agency and person validators check references against.</summary>
internal sealed record GovernmentFacts(FrozenSet<string> AgencyIds, FrozenSet<string> MeetingIds)
{
    public static GovernmentFacts Of(Yearbook yearbook) => new(
        yearbook.Agencies.Select(a => a.Id).ToFrozenSet(StringComparer.Ordinal),
        yearbook.Meetings.Select(m => m.Id).ToFrozenSet(StringComparer.Ordinal));
}
