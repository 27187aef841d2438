using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>Counts the records a <see cref="RuleOperandKind.RecordCount"/> operand names.</summary>
internal static class RecordCounter
{
    /// <summary>The record kinds an operand may name (including those wired on other branches).</summary>
    public static readonly IReadOnlySet<string> KnownKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "entries", "sections", "captions", "table-rows", "meetings", "honours",
    };

    /// <summary>Counts records, or returns null when this build does not hold the record kind.</summary>
    public static int? Count(Yearbook yearbook, string kind, string? filter) => kind switch
    {
        "entries" => filter is null ? yearbook.Entries.Count : string.IsNullOrWhiteSpace(filter) ? 0 : yearbook.Entries.InSection(filter).Length,
        "sections" => yearbook.Sections.Count,
        "captions" => filter is null ? yearbook.Captions.Count : yearbook.Captions.Count(c => c.SectionId == filter),
        "table-rows" => CountTableRows(yearbook, filter),

        "meetings" => filter switch
        {
            null => yearbook.Meetings.Count,
            "executive" => yearbook.Meetings.Count(m => m.Kind == MeetingKind.Executive),
            "plenary" => yearbook.Meetings.Count(m => m.Kind == MeetingKind.Plenary),
            _ => null,
        },
        "honours" => yearbook.Honours.Count(h => filter is null || h.Title.Contains(filter, StringComparison.Ordinal)),
        _ => null,
    };

    /// <summary>
    /// Counts the data rows of a table: the rows below its column-heading row (the row without digits
    /// that has the most cells) that have at least two non-empty cells. A filter <c>table-7/应急管理组</c>
    /// counts only the rows below the group row (a row with fewer than two non-empty cells) holding that text.
    /// </summary>
    private static int? CountTableRows(Yearbook yearbook, string? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var slash = filter.IndexOf('/', StringComparison.Ordinal);
        var tableId = slash < 0 ? filter : filter[..slash];
        var group = slash < 0 ? null : filter[(slash + 1)..];
        var table = yearbook.Tables.Find(tableId);
        if (table is null)
        {
            return null;
        }

        static int Filled(SeedTableRow row) => row.Cells.Count(c => c.Length > 0);
        var headings = table.Rows
            .Select((row, index) => (row, index))
            .Where(r => !r.row.Cells.Any(c => c.Any(char.IsAsciiDigit)))
            .ToList();
        if (headings.Count == 0)
        {
            // Without a heading row there is no telling where the data rows begin.
            return null;
        }

        var heading = headings.MaxBy(r => Filled(r.row)).index;
        var count = 0;
        string? currentGroup = null;
        foreach (var row in table.Rows.Skip(heading + 1))
        {
            if (Filled(row) < 2)
            {
                currentGroup = string.Concat(row.Cells);
                continue;
            }

            if (group is null || currentGroup == group)
            {
                count++;
            }
        }

        return count;
    }
}
