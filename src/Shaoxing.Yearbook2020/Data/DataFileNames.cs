namespace Shaoxing.Yearbook2020.Data;

/// <summary>The names of the data files, as embedded and as written by the generator.</summary>
internal static class DataFileNames
{
    public const string Dataset = "dataset.json";
    public const string Sections = "sections.json";
    public const string Entries = "entries.json";
    public const string Captions = "captions.json";
    public const string Tables = "tables.json";
    public const string Corrections = "corrections.json";

    // Meetings, agencies and people (issue 3): add their file names below this line.
    public const string Agencies = "agencies.json";
    public const string People = "people.json";
    public const string Meetings = "meetings.json";

    // Safety incidents, district statistics and honours (issue 4): add their file names below this line.
    public const string SafetyIncidents = "safety-incidents.json";
    public const string DistrictSafetyStatistics = "district-safety-statistics.json";
    public const string Honours = "honours.json";

    // Figures and consistency rules (issue 5): add their file names below this line.
    public const string Figures = "figures.json";
    public const string ConsistencyRules = "consistency-rules.json";

    /// <summary>Every file <c>dataset.json</c> must list (the manifest itself lists them in ordinal order).</summary>
    public static readonly IReadOnlyList<string> Listed =
    [
        Captions,
        Corrections,
        Entries,
        Sections,
        Tables,

        // Meetings, agencies and people (issue 3).
        Agencies,
        Meetings,
        People,

        // Safety incidents, district statistics and honours (issue 4).
        DistrictSafetyStatistics,
        Honours,
        SafetyIncidents,

        // Figures and consistency rules (issue 5).
        ConsistencyRules,
        Figures,
    ];
}
