using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>Writes the Frictionless Data Package descriptor (<c>datapackage.json</c>) of an export.</summary>
internal static class DataPackage
{
    public static string Describe(ImmutableArray<ExportTable> tables, DatasetManifest dataset, ExportFormat format)
    {
        var resources = new JsonArray();
        foreach (var table in tables)
        {
            var schema = new JsonObject
            {
                ["fields"] = new JsonArray([.. table.Columns.Select(Field)]),
                ["primaryKey"] = new JsonArray(table.PrimaryKey),

                // Stated rather than left to the default: in CSV an empty cell is a missing value (null). CSV
                // cannot tell an empty text from a missing one, so the few empty texts of the data (the blank
                // cells of the printed tables among them) read as missing there; the JSON, JSON Lines, SQLite and
                // Parquet exports keep them as empty texts.
                ["missingValues"] = new JsonArray(string.Empty),
            };
            if (!table.ForeignKeys.IsEmpty)
            {
                // A child table's parent, and every link of the kinds (ExportLinks). A key's column may be empty: a
                // record without the link (Table Schema checks a foreign key only where its fields have values), and a
                // key to the table's own rows (a place's parentId) names the resource "" as Table Schema has it.
                schema["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(k => (JsonNode)new JsonObject
                {
                    ["fields"] = new JsonArray(k.Column),
                    ["reference"] = new JsonObject { ["resource"] = k.Table == table.Name ? string.Empty : k.Table, ["fields"] = new JsonArray(k.TargetColumn) },
                })]);
            }

            var resource = new JsonObject
            {
                ["name"] = table.Name,
                ["description"] = table.Description,
                ["path"] = format == ExportFormat.Sqlite ? DataExporter.SqliteFileName : table.Name + "." + ResourceFormat.FileFormat(format),
                ["format"] = ResourceFormat.FileFormat(format),
                ["mediatype"] = ResourceFormat.MediaType(format),
                ["encoding"] = ResourceFormat.Encoding(format),
                ["profile"] = ResourceFormat.ResourceProfile(format),
                ["schema"] = schema,
            };
            // A binary format has no text encoding, and JSON Lines no registered media type: such properties are left out.
            foreach (var absent in resource.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                resource.Remove(absent);
            }
            if (format == ExportFormat.Sqlite)
            {
                resource["dialect"] = new JsonObject { ["table"] = table.Name };
            }
            else if (ResourceFormat.CsvLineTerminator(format) is { } lineTerminator)
            {
                // Stated, not left to a reader's guess: a reader that sniffs the delimiter can take the ';' inside
                // quoted English titles ("A; B") for one.
                resource["dialect"] = new JsonObject
                {
                    ["delimiter"] = ",",
                    ["lineTerminator"] = lineTerminator,
                    ["quoteChar"] = "\"",
                    ["doubleQuote"] = true,
                    ["header"] = true,
                };
            }

            resources.Add((JsonNode)resource); // the untyped overload: the generic one may serialize by reflection
        }

        var package = new JsonObject
        {
            ["profile"] = ResourceFormat.PackageProfile(format),
            ["name"] = "shaoxing-yearbook-2020",
            ["title"] = dataset.Title,
            ["description"] = "Records extracted from the government chapter of the Shaoxing yearbook covering 2020, each with the seed lines it came from. "
                + "District safety statistics (表6) include the printed total row (isTotal true, key t6-total): skip it when summing the districts."
                + ResourceFormat.Note(format),
            ["version"] = Provenance.PackageVersion,
            ["sources"] = Provenance.Sources(dataset),
            ["licenses"] = Provenance.Licenses(),
            ["rights"] = Provenance.Rights,
            ["resources"] = resources,
        };
        return package.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }

    private static JsonNode Field(ExportColumn column)
    {
        var field = new JsonObject
        {
            ["name"] = column.Name,
            ["type"] = column.Type,
            ["description"] = CodeColumns.Describe(column),
        };
        if (column.Unit is { } unit)
        {
            // Table Schema has no unit property of its own; a custom one is allowed and read by people and tools alike.
            field["unit"] = unit;
        }

        if (!column.AllowedValues.IsEmpty)
        {
            field["constraints"] = new JsonObject { ["enum"] = new JsonArray([.. column.AllowedValues.Select(v => (JsonNode)v)]) };
        }

        return field;
    }
}
