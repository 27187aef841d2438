using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The SQLite export's links: the descriptor's foreign keys as <c>REFERENCES</c> clauses that SQLite enforces once
/// <c>PRAGMA foreign_keys</c> is on, no row breaking one, and the views for the joins asked first, each hub's records
/// by id matching what the records' link fields (<see cref="RecordKind.Links"/>) say.
/// </summary>
public sealed class SqliteLinkTests(ExportsFixture exports) : IClassFixture<ExportsFixture>
{
    [Fact]
    public void Export_Sqlite_DeclaresEveryForeignKeyOfTheDescriptor()
    {
        var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(exports.Folder("csv"), "datapackage.json")))!["resources"]!.AsArray();
        using var connection = Open();
        var declared = 0;

        foreach (var resource in resources)
        {
            var table = (string)resource!["name"]!;
            var references = Rows(connection, $"SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('{table}')").Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!)).ToList();
            foreach (var key in resource["schema"]!["foreignKeys"]?.AsArray() ?? [])
            {
                var target = (string)key!["reference"]!["resource"]! is { Length: > 0 } named ? named : table;
                references.Should().Contain(((string)key["fields"]![0]!, target, (string)key["reference"]!["fields"]![0]!), $"{table} declares its foreign keys in SQLite too");
                declared++;
            }
        }

        declared.Should().BeGreaterThan(60);
    }

    [Fact]
    public void Export_Sqlite_NoRowBreaksAForeignKey()
    {
        using var connection = Open();

        Rows(connection, "PRAGMA foreign_key_check;").Should().BeEmpty();
        Rows(connection, "SELECT * FROM pragma_foreign_key_list('meetings__agenda_items__presenters')").Should().HaveCountGreaterThan(1, "the presenters' personId and agencyId are keys besides their parent");
    }

    [Fact]
    public void Export_Sqlite_WithForeignKeysOn_RefusesAnIdOfNoRecord()
    {
        using var copy = new Shaoxing.Yearbook2020.Testing.TempDirectory();
        var path = Path.Combine(copy.Path, "copy.sqlite");
        File.Copy(Path.Combine(exports.Folder("sqlite"), "yearbook2020.sqlite"), path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON;");

        var update = () => Execute(connection, "UPDATE meetings__agenda_items__presenters SET agencyId = 'nowhere' WHERE key = 'executive-68-01/0';");

        update.Should().Throw<SqliteException>().WithMessage("*FOREIGN KEY*");
    }

    [Theory]
    [InlineData("places", "keqiao")]
    [InlineData("places", "zhuji")]
    [InlineData("agencies", "emergency-management-bureau")]
    [InlineData("people", "person-01")]
    public void Export_Sqlite_RecordLinks_OfAHub_AreTheRecordsWhoseLinkFieldsHoldItsId(string table, string id)
    {
        var expected = Yearbook.Kinds
            .SelectMany(kind => kind.RecordsIn(Yearbook.Default).Where(record => kind.Links
                    .Where(l => l.Targets.Any(t => t.Name.Replace('-', '_') == table))
                    .Any(l => l.IdsIn(record).Any(held => held.Id == id)))
                .Select(record => $"{kind.Name.Replace('-', '_')} {IdOf(kind, record)}"))
            .ToHashSet(StringComparer.Ordinal);
        using var connection = Open();

        var linked = Rows(connection, $"SELECT DISTINCT record_table, record_id FROM record_links WHERE target_table = '{table}' AND target_key = '{id}'")
            .Select(r => $"{r[0]} {r[1]}").ToList();

        expected.Should().NotBeEmpty();
        linked.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        if (table == "places")
        {
            Rows(connection, $"SELECT record_table, record_id FROM records_by_place WHERE place_key = '{id}'").Select(r => $"{r[0]} {r[1]}")
                .Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        }
    }

    [Theory]
    [InlineData("柯桥区", "places", "keqiao")]
    [InlineData("诸暨市", "places", "zhuji")]
    [InlineData("市应急管理局", "agencies", "emergency-management-bureau")]
    [InlineData("盛阅春", "people", "person-01")]
    public void Export_Sqlite_OneQueryOverTheLinks_ReturnsWhatAboutReturns(string name, string table, string key)
    {
        // What About means, in SQL over record_links: the records that hold the hub's id (for a place, also the ids of
        // the places within it and of the bodies that belong to them), and what the hub's own links name apart from
        // bodies, people, places and its provenance (a person's appearances).
        var query = $"""
            WITH RECURSIVE within(key) AS (
                SELECT '{key}' WHERE '{table}' = 'places'
                UNION SELECT p."key" FROM "places" p JOIN within w ON p."parentId" = w.key),
            hub_ids(target_table, target_key) AS (
                SELECT '{table}', '{key}'
                UNION SELECT 'places', key FROM within
                UNION SELECT 'agencies', a."key" FROM "agencies" a JOIN within w ON a."placeId" = w.key)
            SELECT l.record_table, l.record_id FROM record_links l
                JOIN hub_ids h ON l.target_table = h.target_table AND l.target_key = h.target_key
                WHERE NOT (l.record_table = '{table}' AND l.record_key = '{key}')
            UNION
            SELECT l.target_table, l.target_key FROM record_links l
                WHERE l.record_table = '{table}' AND l.record_key = '{key}' AND l.path NOT LIKE '%Source%'
                AND l.target_table NOT IN ('agencies', 'people', 'places')
            """;
        using var connection = Open();

        var bySql = Rows(connection, query).Select(r => $"{r[0]} {r[1]}").ToList();
        var about = Yearbook.Default.About(name);

        about.Groups.Should().NotBeEmpty();
        bySql.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(
            about.Groups.SelectMany(g => g.Matches.Select(m => $"{g.Kind.Name.Replace('-', '_')} {m.Id}")),
            $"one SQL query over the export reproduces About(\"{name}\")");
    }

    [Fact]
    public void Export_Sqlite_AgendaItemPresenters_NameThePersonAndTheBody()
    {
        using var connection = Open();

        // Line 41: 听取市生态环境局局长方林苗关于《绍兴市贯彻落实浙江省生态环境保护督察反馈意见整改方案》起草情况的汇报.
        var presenters = Rows(connection, "SELECT meeting_key, presenter_name, person_name, agency_name FROM agenda_item_presenters WHERE agenda_item_key = 'executive-68-01'");

        presenters.Should().ContainSingle().Which.Should().Equal("executive-68", "方林苗", "方林苗", "绍兴市生态环境局");
    }

    [Fact]
    public void Export_Sqlite_HonourRecipientsAndConferrers_JoinEachHonourToItsBodies()
    {
        using var connection = Open();

        // Line 164: 绍兴市第二届创新数据应用大赛 … conferred by 市大数据局、市网信办、市经信局、市总工会, in that order.
        var contest = Rows(connection, "SELECT conferrer_position, conferrer_name FROM honour_recipients_conferrers WHERE honour_key = 'honour-020' ORDER BY conferrer_position");
        // Line 53: 胡大江 记功, a person and no conferrer.
        var merit = Rows(connection, "SELECT recipient_table, recipient_name, conferrer_key FROM honour_recipients_conferrers WHERE honour_key = 'honour-003'");

        contest.Should().HaveCount(4);
        contest[0][1].Should().Be("绍兴市大数据发展管理局");
        merit.Should().ContainSingle().Which.Should().Equal("people", "胡大江", null);
    }

    private static string IdOf(RecordKind kind, object record) => (string)kind.Schema.Fields.Single(f => f.Name == "id").ValueOf(record)!;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(exports.Folder("sqlite"), "yearbook2020.sqlite")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
