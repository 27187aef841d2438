using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Honours;

public sealed class HonourLinkerTests
{
    [Fact]
    public void Extract_AConferringBodyWithoutACuratedRow_FailsNamingItAndItsLine()
    {
        var act = () => DatasetExtractor.Extract(InputsWithAgencies(rows => rows.Remove(rows.Single(r => (string)r!["name"]! == "中国社会科学院"))));

        var error = act.Should().Throw<ExtractorException>().WithMessage("*中国社会科学院*names no agency*").Which;
        error.Line.Should().Be(134);
    }

    [Fact]
    public void Extract_ANominatorWithoutACuratedRow_FailsNamingIt()
    {
        var act = () => DatasetExtractor.Extract(InputsWithAgencies(rows => rows.Remove(rows.Single(r => (string)r!["name"]! == "国网绍兴公司"))));

        act.Should().Throw<ExtractorException>().WithMessage("*国网绍兴公司*names no agency*");
    }

    private static SeedInputs InputsWithAgencies(Action<JsonArray> edit)
    {
        var seed = SeedInputs.FromDirectory(RepositoryPaths.Seeds);
        var rows = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, CuratedAgencyFile.FileName)))!.AsArray();
        edit(rows);
        return new SeedInputs(seed.Seed, seed.Corrections, name => name == CuratedAgencyFile.FileName
            ? Encoding.UTF8.GetBytes(rows.ToJsonString())
            : File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));
    }
}
