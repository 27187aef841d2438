using System.Reflection;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Tests.Data;

/// <summary>
/// The link table the generator writes from <c>[LinksTo]</c>: every id of every link of the shipped data resolves, and
/// every property that holds ids (by its name) is in the table, so that <see cref="Yearbook.Validate"/>'s check of links
/// misses none.
/// </summary>
public sealed class LinksTests
{
    public static TheoryData<string> Links => new(Yearbook.Kinds.SelectMany(k => k.Links).Select(l => l.ToString()));

    [Theory]
    [MemberData(nameof(Links))]
    public void Link_EveryIdOfTheData_IsARecordOfAKindItLinksTo(string name)
    {
        var link = Yearbook.Kinds.SelectMany(k => k.Links).Single(l => l.ToString() == name);
        var ids = link.Targets.SelectMany(t => t.RecordsIn(Yearbook.Default)).Select(IdOf).ToHashSet(StringComparer.Ordinal);

        var held = link.Kind.RecordsIn(Yearbook.Default).SelectMany(link.IdsIn).ToList();

        held.Where(h => !ids.Contains(h.Id)).Should().BeEmpty();
    }

    [Fact]
    public void Links_NameEveryPropertyThatHoldsIdsOfAKind()
    {
        var linked = Yearbook.Kinds.SelectMany(k => k.Links).Select(l => l.Path.Split('.')[^1].TrimEnd('[', ']')).ToHashSet(StringComparer.Ordinal);
        var recordTypes = typeof(Yearbook).Assembly.GetTypes().Where(t => t.Namespace == "Shaoxing.Yearbook2020.Model" && t.IsPublic && t.IsClass);

        var idProperties = recordTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is not null && p.Name != "Id" && (p.Name.EndsWith("Id", StringComparison.Ordinal) || p.Name.EndsWith("Ids", StringComparison.Ordinal)))
            .Select(p => p.Name);

        idProperties.Should().OnlyContain(p => linked.Contains(p));
    }

    [Fact]
    public void Validate_AnIdThatResolvesToNothing_IsAnIssueAtItsPath()
    {
        var meeting = Yearbook.Default.Meetings.FindByNumber(69)!;
        var item = meeting.AgendaItems[0];
        var broken = meeting with { AgendaItems = [item with { Presenters = [item.Presenters[0] with { AgencyId = "nowhere" }] }] };

        var issues = RecordKindRegistry.Meeting.LinkIssues(broken, Shaoxing.Yearbook2020.Validation.DatasetFacts.Of(Yearbook.Default)).ToList();

        issues.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            RecordKind = "Meeting",
            RecordId = meeting.Id,
            Property = "AgendaItems[0].Presenters[0].AgencyId",
            Message = "'nowhere' is not the id of an agency.",
        });
    }

    private static string IdOf(object record) => (string)record.GetType().GetProperty("Id")!.GetValue(record)!;
}
