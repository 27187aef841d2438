using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Shared text for the meetings, agencies and people commands: kinds, agency names and suggestions.</summary>
internal static class GovernmentFormat
{
    public static string Kind(MeetingKind kind) => kind == MeetingKind.Plenary ? "plenary" : "executive";

    public static string Kind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Drafting => "drafting",
        AgendaItemKind.Compilation => "compilation",
        AgendaItemKind.Revision => "revision",
        AgendaItemKind.Transmission => "transmission",
        _ => "briefing",
    };

    public static string Kind(AgencyKind kind) => kind switch
    {
        AgencyKind.GeneralOffice => "general-office",
        AgencyKind.WorkingDepartment => "working-department",
        AgencyKind.PartyOrgan => "party-organ",
        AgencyKind.CoordinationOffice => "coordination-office",
        AgencyKind.StateOwnedEnterprise => "state-owned-enterprise",
        AgencyKind.PublicInstitution => "public-institution",
        AgencyKind.DistrictGovernment => "district-government",
        AgencyKind.External => "external",
        _ => "municipal-government",
    };

    public static string AgencyLabel(Yearbook yearbook, string agencyId) => yearbook.Agencies.Find(agencyId)?.Name ?? agencyId;

    public static string SuggestAgencies(Yearbook yearbook, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var close = yearbook.Agencies.ClosestTo(name);
        return close.IsEmpty ? string.Empty : " Did you mean: " + string.Join(", ", close.Select(a => a.ShortNames.FirstOrDefault() ?? a.Name)) + "?";
    }

    public static string SuggestPeople(Yearbook yearbook, string name)
    {
        var wanted = name.Where(c => !char.IsWhiteSpace(c)).ToHashSet();
        var close = yearbook.People
            .Select(p => (p.Name, Score: p.Name.Count(wanted.Contains)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Name)
            .ToList();
        return close.Count == 0 ? string.Empty : " Did you mean: " + string.Join(", ", close) + "?";
    }
}
