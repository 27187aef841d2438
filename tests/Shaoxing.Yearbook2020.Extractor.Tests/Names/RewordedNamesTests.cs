using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Names;

/// <summary>
/// The rules that find bays, development zones, news media, the parties of agreements and people brought in read a text,
/// not this text: a copy of the seed names other ones in the same ways, and each comes out as a record, linked from its
/// mention.
/// </summary>
public sealed class RewordedNamesTests
{
    /// <summary>Each rewording: the seed line, the phrase as printed (OCR spaces included), and its new wording.</summary>
    private static readonly (int Line, string From, string To)[] Rewordings =
    [
        // Bays: a known place's short form and 湾.
        (307, "诸暨市姚江流域", "嘉兴湾沿岸"),

        // Development zones: a known area and a zone word.
        (307, "越城区大庆寺站", "越城区工业园区"),

        // Media: one more item of the list closed by 等媒体; a newspaper's and a programme's title.
        (431, "凤凰网、", "凤凰网、新浪网、"),
        (255, "《绍兴日报》", "《绍兴晚报》"),
        (255, "《绍兴新闻联播》节 目", "《越城新闻》节 目"),

        // Agreements: one more party before the municipal government.
        (87, "《中国 建筑学会与绍兴市人民政府", "《中国 建筑学会、中国城市规划学会与绍兴市人民政府"),

        // People brought in: another calling and another name.
        (75, "乒乓球教练员谢赛克的", "游泳运动员李明的"),
    ];

    private static readonly Lazy<DatasetExtraction> Reworded = new(() =>
    {
        using var seeds = SeedCopies.Reworded(Rewordings);
        return DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));
    });

    [Fact]
    public void Extract_AKnownPlacesNameGoingOnInto湾_IsABay()
    {
        var bay = Reworded.Value.Places.Should().ContainSingle(p => p.Name == "嘉兴湾").Which;

        bay.Kind.Should().Be(PlaceKind.Bay);
        bay.Source.Line.Should().Be(307);
        LinksOf(bay.Id).Should().Contain(l => l.Name == "嘉兴湾" && l.Source.Line == 307);
        Reworded.Value.Places.Single(p => p.Id == "jiaxing").Sources.Select(s => s.Line).Should().NotContain(307, "嘉兴湾 is no mention of 嘉兴");
    }

    [Fact]
    public void Extract_AnAreaFollowedByAZoneWord_IsADevelopmentZoneInTheArea()
    {
        var zone = Reworded.Value.Places.Should().ContainSingle(p => p.Name == "越城区工业园区").Which;

        zone.Kind.Should().Be(PlaceKind.DevelopmentZone);
        zone.ParentId.Should().Be("yuecheng");
        zone.CountyDivisionCode.Should().Be("330602");
        LinksOf(zone.Id).Should().Contain(l => l.Source.Line == 307);
    }

    [Theory]
    [InlineData("新浪网", AgencyKind.Media, null, 431)]
    [InlineData("绍兴晚报", AgencyKind.Media, "shaoxing", 255)]
    [InlineData("越城新闻", AgencyKind.MediaProgramme, "yuecheng", 255)]
    public void Extract_MediaTheTextNames_AreBodies(string name, AgencyKind kind, string? placeId, int line)
    {
        var medium = Reworded.Value.Agencies.Should().ContainSingle(a => a.Name == name).Which;

        (medium.Kind, medium.PlaceId, medium.Source.Line).Should().Be((kind, placeId, line));
        LinksOf(medium.Id).Should().Contain(l => l.Name == name && l.Source.Line == line);
    }

    [Fact]
    public void Extract_APartyOfAnAgreementBesideTheGovernment_IsABody()
    {
        var party = Reworded.Value.Agencies.Should().ContainSingle(a => a.Name == "中国城市规划学会").Which;

        party.Kind.Should().Be(AgencyKind.Association, "the known body whose name ends in 学会 is an association");
        LinksOf(party.Id).Should().Contain(l => l.Source.Line == 87);
    }

    [Fact]
    public void Extract_APersonBroughtInAfterTheirCalling_IsAPerson()
    {
        var person = Reworded.Value.People.Should().ContainSingle(p => p.Name == "李明").Which;

        person.Appearances.Should().ContainSingle().Which.Role.Should().Be("高水平游泳运动员");
        person.Pinyin.Should().Be("Li Ming");
        LinksOf(person.Id).Should().Contain(l => l.Source.Line == 75);
    }

    private static IEnumerable<NamedRecord> LinksOf(string id) =>
        Reworded.Value.Chapter.Entries.SelectMany(e => e.NamedRecords).Where(l => l.TargetId == id);
}
