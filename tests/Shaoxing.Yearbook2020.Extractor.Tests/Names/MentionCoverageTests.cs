using System.Collections;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Extractor.Names;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Names;

/// <summary>
/// Every text of every record kind is read for names: the kinds and their fields come from the generated registry
/// (<see cref="Yearbook.Kinds"/>, <see cref="RecordKind.Schema"/>), so a kind or text field added later is covered
/// without being listed here.
/// </summary>
public sealed class MentionCoverageTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>Every text of a record, with the nearest record around it that carries <c>namedRecords</c> (itself, or an
    /// agenda item inside a meeting) and the text's path from that record, walked by the schema alone.</summary>
    private static IEnumerable<(object? Holder, string HolderId, string Path, string Text)> Texts(
        object record, RecordSchema schema, object? holder, string holderId, string prefix)
    {
        if (schema.Fields.Any(f => f.Name == "namedRecords"))
        {
            holder = record;
            holderId = schema.Fields.Single(f => f.Name == "id").ValueOf(record) as string ?? string.Empty;
            prefix = string.Empty;
        }

        foreach (var field in schema.Fields.Where(f => f.Name != "namedRecords"))
        {
            var value = field.ValueOf(record);
            var items = field.IsList ? ((IEnumerable?)value ?? Array.Empty<object>()).Cast<object?>().Select((v, i) => (v, $"{prefix}{field.Name}[{i}]"))
                : [(value, prefix + field.Name)];
            foreach (var (item, path) in items)
            {
                if (item is string text && field.Type == "string")
                {
                    yield return (holder, holderId, path, text);
                }
                else if (item is not null && field.Record is { } nested)
                {
                    foreach (var inner in Texts(item, nested, holder, holderId, path + "."))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static NameIndex Index() => new(
        NamedRecordLinker.KnownNames(Data.Agencies, Data.People, Data.Places),
        Data.Entries.SelectMany(e => new[] { e.Heading, e.Text }));

    private static string IdOf(RecordKind kind, object record) =>
        kind.Schema.Fields.Single(f => f.Name == "id").ValueOf(record) as string ?? string.Empty;

    private static IEnumerable<NamedRecord> LinksOf(object holder) =>
        holder.GetType().GetProperty(nameof(Entry.NamedRecords))?.GetValue(holder) is IEnumerable<NamedRecord> links ? links : [];

    [Fact]
    public void EveryTextOfEveryKind_HasALinkForEveryWholeName()
    {
        var index = Index();
        var missing = new List<string>();
        var names = 0;
        foreach (var kind in Yearbook.Kinds)
        {
            foreach (var record in kind.RecordsIn(Data))
            {
                // A kind without links of its own (bodies, places) holds only its own names, which name no other record.
                foreach (var (holder, holderId, path, text) in Texts(record, kind.Schema, null, IdOf(kind, record), string.Empty))
                {
                    foreach (var found in index.In(text).Where(f => f.Name.TargetId != holderId))
                    {
                        names++;
                        var linked = holder is not null && LinksOf(holder).Any(l =>
                            l.Field == path && l.Start == found.Start && l.TargetId == found.Name.TargetId && l.Name == found.Name.Written);
                        if (!linked)
                        {
                            missing.Add($"{kind.Name} {holderId}: {path} names {found.Name.Written} at {found.Start}"
                                + (holder is null ? " (the kind carries no namedRecords)" : string.Empty));
                        }
                    }
                }
            }
        }

        names.Should().BeGreaterThan(1000);
        missing.Should().BeEmpty();
    }

    [Fact]
    public void EveryLink_StandsInTheTextItsFieldNames()
    {
        var checkedLinks = 0;
        foreach (var kind in Yearbook.Kinds)
        {
            foreach (var record in kind.RecordsIn(Data))
            {
                foreach (var group in Texts(record, kind.Schema, null, string.Empty, string.Empty).Where(t => t.Holder is not null).GroupBy(t => t.Holder!, ReferenceEqualityComparer.Instance))
                {
                    var texts = group.ToDictionary(t => t.Path, t => t.Text, StringComparer.Ordinal);
                    foreach (var link in LinksOf(group.Key))
                    {
                        texts.Should().ContainKey(link.Field, $"{kind.Name} {group.First().HolderId} has a text at {link.Field}");
                        texts[link.Field].Substring(link.Start, link.Name.Length).Should().Be(link.Name);
                        checkedLinks++;
                    }
                }
            }
        }

        checkedLinks.Should().BeGreaterThan(1000);
    }
}
