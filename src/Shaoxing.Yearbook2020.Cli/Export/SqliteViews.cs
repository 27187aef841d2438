using System.Collections.Immutable;
using System.Text;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The views of the SQLite export, for the joins people ask for first. <c>record_links</c> is made from the tables'
/// foreign keys, so every link of the kinds (see <see cref="ExportLinks"/>) is a row of it, each traced up through its
/// child tables to the record that holds it; the others are written here, on the tables and columns of the kinds they
/// join, and the tests run each of them.
/// </summary>
internal static class SqliteViews
{
    /// <summary>The name of the view with one row per link of a record to a record of another table.</summary>
    public const string RecordLinks = "record_links";

    /// <summary>The views, in the order they are created (a view may read one created before it).</summary>
    /// <param name="tables">The exported tables, with their foreign keys.</param>
    public static ImmutableArray<SqliteView> Of(ImmutableArray<ExportTable> tables) =>
    [
        new(
            RecordLinks,
            "One row per id that a record holds of a record of another table (or its own): the holding record's table, key and id, the property that holds the id (as the package's link table names it: AgendaItems[].Presenters[].AgencyId), "
                + "the table and column where the export has it, and the table and key of the record it refers to. Made from the foreign keys of the tables, one SELECT per key; a record that holds an id several times has a row for each.",
            RecordLinksSelect(tables)),
        new(
            "records_by_place",
            "One row per place and record linked to it by id (a place's subdivisions by their parentId among them), with the record's table, key and id.",
            $"SELECT DISTINCT l.target_key AS place_key, p.\"name\" AS place_name, l.record_table, l.record_key, l.record_id FROM {RecordLinks} l JOIN \"places\" p ON p.\"key\" = l.target_key WHERE l.target_table = 'places'"),
        new(
            "agenda_item_presenters",
            "One row per agenda item of a meeting and presenter (an item without presenters once), with the presenter's person and body by name.",
            "SELECT m.\"key\" AS meeting_key, m.\"kind\" AS meeting_kind, m.\"number\" AS meeting_number, m.\"date\" AS meeting_date, i.\"key\" AS agenda_item_key, i.\"sequence\" AS agenda_item_sequence, "
                + "i.\"subject\" AS agenda_item_subject, pr.\"position\" AS presenter_position, pr.\"name\" AS presenter_name, pr.\"role\" AS presenter_role, pr.\"personId\" AS person_key, pe.\"name\" AS person_name, "
                + "pr.\"agencyId\" AS agency_key, a.\"name\" AS agency_name, a.\"englishName\" AS agency_english_name "
                + "FROM \"meetings__agenda_items\" i JOIN \"meetings\" m ON m.\"key\" = i.\"parent\" "
                + "LEFT JOIN \"meetings__agenda_items__presenters\" pr ON pr.\"parent\" = i.\"key\" "
                + "LEFT JOIN \"people\" pe ON pe.\"key\" = pr.\"personId\" "
                + "LEFT JOIN \"agencies\" a ON a.\"key\" = pr.\"agencyId\""),
        new(
            "honour_recipients_conferrers",
            "One row per honour and conferring body (an honour without conferrers once), with the recipient by name whether a person, a body or a place (through the link table of recipientId) and the conferrer by name.",
            "SELECT h.\"key\" AS honour_key, h.\"title\" AS title, h.\"level\" AS level, h.\"rank\" AS rank, h.\"date\" AS date, h.\"month\" AS month, h.\"recipientKind\" AS recipient_kind, h.\"recipient\" AS recipient, "
                + "h.\"recipientId\" AS recipient_key, l.\"linkedTable\" AS recipient_table, COALESCE(pe.\"name\", ag.\"name\", pl.\"name\") AS recipient_name, "
                + "c.\"position\" AS conferrer_position, c.\"value\" AS conferrer_key, ca.\"name\" AS conferrer_name, h.\"conferrer\" AS conferrer_as_written "
                + "FROM \"honours\" h "
                + "LEFT JOIN \"honours__recipient_id__links\" l ON l.\"key\" = h.\"key\" "
                + "LEFT JOIN \"people\" pe ON pe.\"key\" = l.\"people_key\" "
                + "LEFT JOIN \"agencies\" ag ON ag.\"key\" = l.\"agencies_key\" "
                + "LEFT JOIN \"places\" pl ON pl.\"key\" = l.\"places_key\" "
                + "LEFT JOIN \"honours__conferrer_ids\" c ON c.\"parent\" = h.\"key\" "
                + "LEFT JOIN \"agencies\" ca ON ca.\"key\" = c.\"value\""),
    ];

    // One SELECT per foreign key of a link: the table that holds it joined up through its parents to the kind's table.
    private static string RecordLinksSelect(ImmutableArray<ExportTable> tables)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var selects = new List<string>();
        foreach (var table in tables)
        {
            foreach (var key in table.ForeignKeys.Where(k => k.Link is not null))
            {
                var from = new StringBuilder($"FROM \"{table.Name}\" t0");
                var holder = table;
                var depth = 0;
                while (holder.Parent is { } parent)
                {
                    depth++;
                    from.Append($" JOIN \"{parent}\" t{depth} ON t{depth}.\"key\" = t{depth - 1}.\"parent\"");
                    holder = byName[parent];
                }

                var id = holder.Columns.Any(c => c.Name == "id") ? "id" : "key";
                selects.Add($"SELECT '{holder.Name}' AS record_table, t{depth}.\"key\" AS record_key, t{depth}.\"{id}\" AS record_id, '{key.Link!.Path}' AS path, "
                    + $"'{table.Name}' AS link_table, '{key.Column}' AS link_column, '{key.Table}' AS target_table, t0.\"{key.Column}\" AS target_key "
                    + $"{from} WHERE t0.\"{key.Column}\" IS NOT NULL");
            }
        }

        return selects.Count > 0
            ? string.Join("\nUNION ALL ", selects)
            : "SELECT NULL AS record_table, NULL AS record_key, NULL AS record_id, NULL AS path, NULL AS link_table, NULL AS link_column, NULL AS target_table, NULL AS target_key WHERE 0";
    }
}
