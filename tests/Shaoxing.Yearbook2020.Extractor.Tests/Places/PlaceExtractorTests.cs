using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Extractor.Places;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Places;

public sealed class PlaceExtractorTests
{
    [Fact]
    public void Extract_ACuratedRowTheTextDoesNotName_FailsNamingIt()
    {
        var act = () => DatasetExtractor.Extract(InputsWithPlaces(rows => rows.Add(new JsonObject
        {
            ["name"] = "衢州市", ["id"] = "quzhou", ["englishName"] = "Quzhou",
        })));

        act.Should().Throw<ExtractorException>().WithMessage("*衢州市*does not name*");
    }

    [Fact]
    public void Extract_APlaceWithoutACuratedRow_IsARecordAndReported()
    {
        var extraction = DatasetExtractor.Extract(InputsWithPlaces(rows => rows.Remove(rows.Single(r => (string)r!["name"]! == "漓渚镇"))));

        var place = extraction.Places.Should().ContainSingle(p => p.Name == "漓渚镇").Which;
        place.Id.Should().Be("place-line-377-1");
        place.ParentId.Should().Be("keqiao");
        extraction.UncuratedRecords.Should().ContainSingle()
            .Which.Should().Be(new Shaoxing.Yearbook2020.Extractor.Names.UncuratedRecord("place", "place-line-377-1", "漓渚镇", "englishName, divisionCode"));
    }

    [Fact]
    public void Extract_APlaceNamedWithoutItsSuffix_IsARecordWhereACuratedRowSaysHowItIsWritten()
    {
        var extraction = DatasetExtractor.Extract(InputsWithPlaces(_ => { }));

        var lanting = extraction.Places.Should().ContainSingle(p => p.Name == "兰亭街道").Which;
        lanting.Aliases.Should().Equal("兰亭");
        lanting.ParentId.Should().Be("keqiao");
        extraction.SafetyIncidents.Should().Contain(i => i.Name.Contains("兰亭", StringComparison.Ordinal) && i.PlaceId == "lanting-subdistrict"); // line 321
        extraction.Places.Single(p => p.Name == "温岭市").DivisionCode.Should().Be("331081");
    }

    [Fact]
    public void Extract_RealSeed_FindsEveryCuratedPlace()
    {
        var extraction = DatasetExtractor.Extract(InputsWithPlaces(_ => { }));
        var curated = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, CuratedPlaceFile.FileName)))!.AsArray();

        extraction.Places.Select(p => p.Name).Should().BeEquivalentTo(curated.Select(r => (string)r!["name"]!));
        extraction.Places.Where(p => p.DivisionCode is not null).Should().HaveCount(22); // 大柴旦行政委员会 (632857) the 22nd
    }

    private static SeedInputs InputsWithPlaces(Action<JsonArray> edit)
    {
        var seed = SeedInputs.FromDirectory(RepositoryPaths.Seeds);
        var rows = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, CuratedPlaceFile.FileName)))!.AsArray();
        edit(rows);
        return new SeedInputs(seed.Seed, seed.Corrections, name => name == CuratedPlaceFile.FileName
            ? Encoding.UTF8.GetBytes(rows.ToJsonString())
            : File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));
    }
}
