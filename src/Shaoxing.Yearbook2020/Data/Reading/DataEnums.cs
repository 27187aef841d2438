using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>The JSON names of every enum in the data files, as the <c>[JsonStringEnumMemberName]</c> attributes give them.</summary>
/// <remarks>Spelled out rather than found by reflection so reading stays trimming- and AOT-safe and cheap at start-up;
/// <c>EnumNamesTests</c> fails if a table and the attributes disagree or a member is missing.</remarks>
internal static class DataEnums
{
    /// <summary>The names of <see cref="AgencyKind"/>.</summary>
    public static readonly EnumNames<AgencyKind> AgencyKinds = new(
        ("general-office", AgencyKind.GeneralOffice),
        ("working-department", AgencyKind.WorkingDepartment),
        ("party-organ", AgencyKind.PartyOrgan),
        ("coordination-office", AgencyKind.CoordinationOffice),
        ("state-owned-enterprise", AgencyKind.StateOwnedEnterprise),
        ("public-institution", AgencyKind.PublicInstitution),
        ("district-government", AgencyKind.DistrictGovernment),
        ("external", AgencyKind.External),
        ("municipal-government", AgencyKind.MunicipalGovernment));

    /// <summary>The names of <see cref="AgendaItemKind"/>.</summary>
    public static readonly EnumNames<AgendaItemKind> AgendaItemKinds = new(
        ("drafting", AgendaItemKind.Drafting),
        ("compilation", AgendaItemKind.Compilation),
        ("revision", AgendaItemKind.Revision),
        ("transmission", AgendaItemKind.Transmission),
        ("briefing", AgendaItemKind.Briefing));

    /// <summary>The names of <see cref="ConsistencyRuleKind"/>.</summary>
    public static readonly EnumNames<ConsistencyRuleKind> ConsistencyRuleKinds = new(
        ("sum", ConsistencyRuleKind.Sum),
        ("ratio", ConsistencyRuleKind.Ratio),
        ("year-on-year", ConsistencyRuleKind.YearOnYear),
        ("difference", ConsistencyRuleKind.Difference),
        ("equality", ConsistencyRuleKind.Equality));

    /// <summary>The names of <see cref="CorrectionKind"/>.</summary>
    public static readonly EnumNames<CorrectionKind> CorrectionKinds = new(
        ("replace", CorrectionKind.Replace),
        ("remove-line", CorrectionKind.RemoveLine),
        ("move", CorrectionKind.Move),
        ("infer-section", CorrectionKind.InferSection));

    /// <summary>The names of <see cref="DetailLevel"/>.</summary>
    public static readonly EnumNames<DetailLevel> DetailLevels = new(
        ("full-entry", DetailLevel.FullEntry),
        ("mention", DetailLevel.Mention),
        ("passage", DetailLevel.Passage));

    /// <summary>The names of <see cref="HonourLevel"/>.</summary>
    public static readonly EnumNames<HonourLevel> HonourLevels = new(
        ("national", HonourLevel.National),
        ("provincial", HonourLevel.Provincial),
        ("municipal", HonourLevel.Municipal),
        ("other", HonourLevel.Other));

    /// <summary>The names of <see cref="IncidentCategory"/>.</summary>
    public static readonly EnumNames<IncidentCategory> IncidentCategories = new(
        ("production-safety", IncidentCategory.ProductionSafety),
        ("road-traffic", IncidentCategory.RoadTraffic),
        ("hazardous-chemicals-transport", IncidentCategory.HazardousChemicalsTransport),
        ("fire", IncidentCategory.Fire),
        ("flood", IncidentCategory.Flood),
        ("typhoon", IncidentCategory.Typhoon),
        ("tailings", IncidentCategory.Tailings),
        ("heat-drought", IncidentCategory.HeatDrought),
        ("other", IncidentCategory.Other));

    /// <summary>The names of <see cref="MeetingKind"/>.</summary>
    public static readonly EnumNames<MeetingKind> MeetingKinds = new(
        ("plenary", MeetingKind.Plenary),
        ("executive", MeetingKind.Executive));

    /// <summary>The names of <see cref="RecipientKind"/>.</summary>
    public static readonly EnumNames<RecipientKind> RecipientKinds = new(
        ("person", RecipientKind.Person),
        ("organisation", RecipientKind.Organisation),
        ("city", RecipientKind.City),
        ("project", RecipientKind.Project),
        ("team", RecipientKind.Team),
        ("unnamed-group", RecipientKind.UnnamedGroup));

    /// <summary>The names of <see cref="RuleOperandKind"/>.</summary>
    public static readonly EnumNames<RuleOperandKind> RuleOperandKinds = new(
        ("figure", RuleOperandKind.Figure),
        ("record-count", RuleOperandKind.RecordCount),
        ("implied-previous", RuleOperandKind.ImpliedPrevious));
}
