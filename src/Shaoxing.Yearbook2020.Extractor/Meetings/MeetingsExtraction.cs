using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>The records read from 市政府重要会议 and 【市政府机构概况】.</summary>
public sealed record MeetingsExtraction
{
    /// <summary>The bodies: the municipal government, the 32 listed bodies in order, then the others.</summary>
    public required ImmutableArray<Agency> Agencies { get; init; }

    /// <summary>The people named in an official role.</summary>
    public required ImmutableArray<Person> People { get; init; }

    /// <summary>The 2 plenary and 22 executive meetings, in text order.</summary>
    public required ImmutableArray<Meeting> Meetings { get; init; }
}
