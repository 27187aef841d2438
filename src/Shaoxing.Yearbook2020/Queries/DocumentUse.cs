using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>A document title and the agenda items that took it up, in date order.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record DocumentUse
{
    /// <summary>The document's title, without 《》.</summary>
    /// <value>Chinese text.</value>
    public required string Title { get; init; }

    /// <summary>The meeting at which the document first came up.</summary>
    /// <value>A meeting.</value>
    public required Meeting FirstMeeting { get; init; }

    /// <summary>Every (meeting, item) that names the document, in date order.</summary>
    /// <value>One pair or more.</value>
    public required ImmutableArray<MeetingItem> Items { get; init; }

    /// <summary>Whether an item that names the document reports on drafting it (起草).</summary>
    /// <value><see langword="true"/> for a drafted document.</value>
    public bool WasDrafted => Items.Any(i => i.Item.Kind == AgendaItemKind.Drafting);
}
