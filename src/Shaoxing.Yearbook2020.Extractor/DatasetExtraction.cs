using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>Every record the extractor takes out of the seed, by kind: what the data files hold.</summary>
public sealed record DatasetExtraction
{
    /// <summary>The text layer: sections, entries, captions, tables and the corrections applied.</summary>
    public required ChapterExtraction Chapter { get; init; }

    // Meetings, agencies and people (issue 3): add their records below this line.

    /// <summary>The bodies: the municipal government, the 32 bodies of 【市政府机构概况】 in order, then the others.</summary>
    public required ImmutableArray<Agency> Agencies { get; init; }

    /// <summary>The people named in an official role at the meetings.</summary>
    public required ImmutableArray<Person> People { get; init; }

    /// <summary>The 2 plenary and 22 executive meetings, in text order.</summary>
    public required ImmutableArray<Meeting> Meetings { get; init; }

    // Safety incidents, district statistics and honours (issue 4): add their records below this line.
    /// <summary>The safety incidents (issue 4).</summary>
    public System.Collections.Immutable.ImmutableArray<Model.SafetyIncident> SafetyIncidents { get; init; } = [];

    /// <summary>The rows of 表6 (issue 4).</summary>
    public System.Collections.Immutable.ImmutableArray<Model.DistrictSafetyStatistics> DistrictSafetyStatistics { get; init; } = [];

    /// <summary>The honours (issue 4).</summary>
    public System.Collections.Immutable.ImmutableArray<Model.Honour> Honours { get; init; } = [];

    // Figures and consistency rules (issue 5): add their records below this line.

    /// <summary>Every number of the entries' texts and of 表6, typed and sourced.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = [];

    /// <summary>The arithmetic relations among the figures.</summary>
    public ImmutableArray<ConsistencyRule> ConsistencyRules { get; init; } = [];
}
