using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class AboutTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void About_ADistrict_ReturnsItsIncidentsTable6RowEntriesAndTowns()
    {
        var about = Data.About("柯桥区");

        about.Places.Should().ContainSingle().Which.Id.Should().Be("keqiao");
        about.Agencies.Should().BeEmpty();
        about.RecordsOf<SafetyIncident>().Select(i => i.Code).Should().Contain(["8·2", "4·11"]);
        about.RecordsOf<DistrictSafetyStatistics>().Should().ContainSingle().Which.Area.Should().Be("柯桥区");
        about.RecordsOf<Entry>().Select(e => e.Id).Should().Contain("s5-e32").And.Contain(Data.Entries.Where(e => e.PlaceIds.Contains("keqiao")).Select(e => e.Id));
        about.RecordsOf<Place>().Select(p => p.Name).Should().BeEquivalentTo("柯岩街道", "华舍街道", "漓渚镇");
        about.RecordsOf<Honour>().Should().Contain(h => h.Recipient != null && h.Recipient.Contains("柯岩街道", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("柯桥")]
    [InlineData("keqiao")]
    [InlineData("绍兴市 柯桥区")]
    public void About_AliasIdOrSpacedName_GivesTheSameRecords(string name)
    {
        var expected = Data.About("柯桥区");

        var about = Data.About(name);

        about.Groups.Select(g => (g.Kind.Name, g.Matches.Length)).Should().Equal(expected.Groups.Select(g => (g.Kind.Name, g.Matches.Length)));
    }

    [Theory]
    [InlineData("市应急管理局")]
    [InlineData("市应急局")]
    [InlineData("绍兴市应急管理局")]
    public void About_AnAgencyByAnyName_ReturnsTheMeetingsWhereItPresented(string name)
    {
        var about = Data.About(name);

        about.Agencies.Should().ContainSingle().Which.Id.Should().Be("emergency-management-bureau");
        about.RecordsOf<Meeting>().Should().BeEquivalentTo(Data.Meetings.WithAgency("市应急管理局"));
        about.RecordsOf<Person>().Select(p => p.Name).Should().Contain("黄立枫");
        about.Groups.Single(g => g.Kind.Name == "meetings").Matches.Should().OnlyContain(m => Yearbook.Quote(m.Source).Contains("应急管理局", StringComparison.Ordinal));
    }

    [Fact]
    public void About_APerson_ReturnsTheMeetingsTheyPresentedAt()
    {
        var about = Data.About("黄立枫");

        about.People.Should().ContainSingle();
        about.RecordsOf<Meeting>().Should().BeEquivalentTo(Data.Meetings.WithPresenter("黄立枫").Select(i => i.Meeting).Distinct());
    }

    [Fact]
    public void About_Groups_FollowTheKindsAndCarrySources()
    {
        var about = Data.About("柯桥区");
        var order = Yearbook.Kinds.Select(k => k.Name).ToList();

        about.Groups.Select(g => order.IndexOf(g.Kind.Name)).Should().BeInAscendingOrder();
        about.Groups.Should().OnlyContain(g => g.Matches.Length > 0);
        about.Groups.SelectMany(g => g.Matches).Should().OnlyContain(m => m.Source.Line >= 1 && m.Source.EndLine <= Yearbook.SeedLines.Length);
    }

    [Theory]
    [InlineData("Kubernetes")]
    [InlineData("杭州")]
    public void About_NameOfNothing_IsEmpty(string name)
    {
        var about = Data.About(name);

        about.IsEmpty.Should().BeTrue();
        about.Groups.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void About_BlankText_Throws(string name)
    {
        FluentActions.Invoking(() => Data.About(name)).Should().Throw<ArgumentException>().WithParameterName("nameOrId");
        FluentActions.Invoking(() => Data.About(null!)).Should().Throw<ArgumentNullException>().WithParameterName("nameOrId");
    }
}
