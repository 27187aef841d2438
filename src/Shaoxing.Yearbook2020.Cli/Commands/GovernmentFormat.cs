namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Shared text for the meetings, agencies and people commands: suggestions of names (agency names are <see cref="LocalizedText"/>'s).</summary>
internal static class GovernmentFormat
{
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
