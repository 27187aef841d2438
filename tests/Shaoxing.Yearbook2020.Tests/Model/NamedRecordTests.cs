using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class NamedRecordTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>Every record that carries text, with its texts by the JSON name of the field and its links.</summary>
    private static IEnumerable<(string Record, Func<string, string?> Field, ImmutableArray<NamedRecord> Links)> Holders()
    {
        foreach (var e in Data.Entries)
        {
            yield return (e.Id, f => f switch { "heading" => e.Heading, "text" => e.Text, _ => null }, e.NamedRecords);
        }

        foreach (var c in Data.Captions)
        {
            yield return (c.Id, f => f switch { "text" => c.Text, "credit" => c.Credit, _ => null }, c.NamedRecords);
        }

        foreach (var s in Data.Sections)
        {
            yield return (s.Id, f => f switch { "title" => s.Title, "provider" => s.Provider, _ => null }, s.NamedRecords);
        }

        foreach (var i in Data.Meetings.SelectMany(m => m.AgendaItems))
        {
            yield return (i.Id, f => f == "text" ? i.Text : null, i.NamedRecords);
        }

        foreach (var h in Data.Honours)
        {
            yield return (h.Id, f => f switch
            {
                "title" => h.Title, "recipient" => h.Recipient, "affiliation" => h.Affiliation, "nominator" => h.Nominator, "conferrer" => h.Conferrer, _ => null,
            }, h.NamedRecords);
        }

        foreach (var i in Data.SafetyIncidents)
        {
            yield return (i.Id, f => f switch { "name" => i.Name, "location" => i.Location, "summary" => i.Summary, _ => null }, i.NamedRecords);
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

        links.Count.Should().BeGreaterThan(1000);
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
