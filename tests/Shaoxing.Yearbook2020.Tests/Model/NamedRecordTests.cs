using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class NamedRecordTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>Every record that carries links, of every kind (<see cref="Yearbook.Kinds"/>, an agenda item inside its
    /// meeting among them), with its texts by path as the data files name them and its links: walked by the generated
    /// schemas, so that a kind that gains links is checked without being listed here.</summary>
    private static IEnumerable<(string Record, Func<string, string?> Field, ImmutableArray<NamedRecord> Links)> Holders()
    {
        foreach (var kind in Yearbook.Kinds)
        {
            foreach (var record in kind.RecordsIn(Data))
            {
                foreach (var holder in HoldersIn(record, kind.Schema))
                {
                    yield return holder;
                }
            }
        }
    }

    private static IEnumerable<(string Record, Func<string, string?> Field, ImmutableArray<NamedRecord> Links)> HoldersIn(object record, RecordSchema schema)
    {
        if (schema.Fields.Any(f => f.Name == "namedRecords"))
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            CollectTexts(record, schema, string.Empty, texts);
            var id = (string)schema.Fields.Single(f => f.Name == "id").ValueOf(record)!;
            var links = (IEnumerable<object?>)schema.Fields.Single(f => f.Name == "namedRecords").ValueOf(record)!;
            yield return (id, texts.GetValueOrDefault, [.. links.Cast<NamedRecord>()]);
        }

        foreach (var field in schema.Fields.Where(f => f.Record is { } nested && nested.Fields.Any(n => n.Name == "namedRecords")))
        {
            foreach (var item in field.IsList ? (IEnumerable<object?>)field.ValueOf(record)! : [field.ValueOf(record)])
            {
                foreach (var inner in item is null ? [] : HoldersIn(item, field.Record!))
                {
                    yield return inner;
                }
            }
        }
    }

    // The texts of a record by path (purpose, activities[0], rows[3].cells[1]), a nested record with links of its own aside.
    private static void CollectTexts(object record, RecordSchema schema, string prefix, Dictionary<string, string> texts)
    {
        foreach (var field in schema.Fields.Where(f => f.Name != "namedRecords"))
        {
            var value = field.ValueOf(record);
            var items = field.IsList
                ? ((IEnumerable<object?>?)value ?? []).Select((v, i) => (Value: v, Path: $"{prefix}{field.Name}[{i}]"))
                : [(Value: value, Path: prefix + field.Name)];
            foreach (var (item, path) in items)
            {
                if (item is string text && field.Type == "string")
                {
                    texts[path] = text;
                }
                else if (item is not null && field.Record is { } nested && !nested.Fields.Any(n => n.Name == "namedRecords"))
                {
                    CollectTexts(item, nested, path + ".", texts);
                }
            }
        }
    }

    private static IEnumerable<string> NamesOf(NamedRecordKind kind, string id) => kind switch
    {
        NamedRecordKind.Agency => Data.Agencies.Single(a => a.Id == id) is var a ? a.AdditionalNames.Concat(a.ShortNames).Prepend(a.Name) : [],
        NamedRecordKind.Person => [Data.People.Single(p => p.Id == id).Name],
        _ => Data.Places.Single(p => p.Id == id) is var p ? p.Aliases.Prepend(p.Name) : [],
    };

    private static readonly Lazy<ImmutableArray<string>> AllNames = new(() =>
    [
        .. Data.Agencies.SelectMany(a => a.AdditionalNames.Concat(a.ShortNames).Prepend(a.Name)),
        .. Data.People.Select(p => p.Name),
        .. Data.Places.SelectMany(p => p.Aliases.Prepend(p.Name)),
    ]);

    [Fact]
    public void EveryLink_IsAWholeKnownNameOfItsTarget()
    {
        var links = Holders().SelectMany(h => h.Links.Select(l => (h.Record, h.Field, Link: l))).ToList();

        links.Count.Should().BeGreaterThan(3000, "3,334 links on 2026-12-07, every kind with text read");
        foreach (var (record, field, link) in links)
        {
            var text = field(link.Field);
            text.Should().NotBeNull($"{record} has a field {link.Field}");
            text!.Substring(link.Start, link.Name.Length).Should().Be(link.Name, $"{record}.{link.Field} holds the name at {link.Start}");
            NamesOf(link.Kind, link.TargetId).Should().Contain(link.Name, $"{link.Name} in {record} is a name of {link.TargetId}");

            // No longer known name printed over it (绍兴市 inside 绍兴市应急管理局, 应急管理部 inside 应急管理部门 were one).
            var end = link.Start + link.Name.Length;
            var longer = AllNames.Value.Where(n => n.Length > link.Name.Length).FirstOrDefault(n =>
                Enumerable.Range(Math.Max(0, end - n.Length), Math.Max(0, link.Start - Math.Max(0, end - n.Length) + 1))
                    .Any(p => p + n.Length <= text.Length && string.CompareOrdinal(text, p, n, 0, n.Length) == 0));
            longer.Should().BeNull($"{link.Name} at {link.Start} of {record}.{link.Field} is part of the longer name {longer}");
        }
    }

    [Fact]
    public void EveryLink_StandsInTheSeedWhereItsSpanSays()
    {
        var located = 0;
        foreach (var link in Holders().SelectMany(h => h.Links).Where(l => l.Column is not null))
        {
            var printed = string.Concat(Yearbook.SeedLines[link.Source.Line - 1][link.Column!.Value..]
                .Concat(string.Concat(Yearbook.SeedLines.Skip(link.Source.Line).Take(link.Source.EndLine - link.Source.Line)))
                .Where(c => !char.IsWhiteSpace(c)));
            printed.Should().StartWith(link.Name, $"line {link.Source.Line} column {link.Column} prints {link.Name}");
            located++;
        }

        located.Should().BeGreaterThan(1000);
    }

    [Theory]
    [InlineData("应急管理部", "门")]             // 应急管理部门: the emergency departments, not the ministry (lines 242, 373)
    [InlineData("浙江", "裕源建材有限公司")]      // the company of the "8·2" explosion, not the province
    [InlineData("浙江", "工业职业技术学院")]
    [InlineData("浙江", "电视台")]
    public void ANameThatTheTextExtendsIntoALongerName_IsNoLink(string name, string rest)
    {
        var printed = Holders().SelectMany(h => h.Links.Select(l => (Text: h.Field(l.Field)!, Link: l)))
            .Where(x => x.Link.Name == name);

        printed.Should().NotContain(x => string.CompareOrdinal(x.Text, x.Link.Start + name.Length, rest, 0, rest.Length) == 0);
        Data.Entries.Should().Contain(e => e.Text.Contains(name + rest, StringComparison.Ordinal), "the text prints the longer name");
    }
}
