using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>An agenda item together with the meeting it belongs to.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record MeetingItem
{
    /// <summary>The meeting.</summary>
    /// <value>A meeting.</value>
    public required Meeting Meeting { get; init; }

    /// <summary>The item.</summary>
    /// <value>One of <see cref="Meeting.AgendaItems"/>.</value>
    public required AgendaItem Item { get; init; }
}
