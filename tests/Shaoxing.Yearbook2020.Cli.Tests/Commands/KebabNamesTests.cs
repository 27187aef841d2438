using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class KebabNamesTests
{
    [Fact]
    public void Of_EveryValueOfThePackagesEnums_IsTheNameTheDataWrites()
    {
        Check<AgencyKind>();
        Check<AgendaItemKind>();
        Check<MeetingKind>();
        Check<IncidentCategory>();
        Check<HonourLevel>();
        Check<RecipientKind>();
        Check<PlaceKind>();
        Check<FigureQualifier>();
        Check<ConsistencyRuleKind>();
    }

    [Fact]
    public void TryParse_TheDataNameOfANewerKind_FindsIt()
    {
        KebabNames.TryParse<AgencyKind>("national-body", out var kind).Should().BeTrue();

        kind.Should().Be(AgencyKind.NationalBody);
    }

    private static void Check<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => KebabNames.Of(v)).Should().Equal(EnumNames.Of(typeof(T)), typeof(T).Name);
}
