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
            ["name"] = "杭州市", ["id"] = "hangzhou", ["englishName"] = "Hangzhou",
        })));

        act.Should().Throw<ExtractorException>().WithMessage("*杭州市*does not name*");
    }

    [Fact]
    public void Extract_APlaceWithoutACuratedRow_FailsNamingItAndItsLine()
    {
        var act = () => DatasetExtractor.Extract(InputsWithPlaces(rows => rows.Remove(rows.Single(r => (string)r!["name"]! == "漓渚镇"))));

        var error = act.Should().Throw<ExtractorException>().WithMessage("*漓渚镇*no row*").Which;
        error.Line.Should().Be(377);
    }

    [Fact]
    public void Extract_RealSeed_FindsEveryCuratedPlace()
    {
        var extraction = DatasetExtractor.Extract(InputsWithPlaces(_ => { }));
        var curated = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, CuratedPlaceFile.FileName)))!.AsArray();

        extraction.Places.Select(p => p.Name).Should().BeEquivalentTo(curated.Select(r => (string)r!["name"]!));
        extraction.Places.Where(p => p.DivisionCode is not null).Should().HaveCount(13);
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
