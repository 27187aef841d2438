using System.Text;
using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Extractor.Names;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Names;

/// <summary>Knowledge is added, not required: a body the text names that no curated row describes becomes a record with
/// what the text gives, generation goes on, and the report beside the data lists it.</summary>
public sealed class UncuratedRecordsTests
{
    private const string NewBody = "柯桥区曙光应急救援队";

    [Fact]
    public void Extract_ASeedNamingANewBody_MakesItARecordAndReportsIt()
    {
        using var seeds = SeedCopies.Reworded((375, "绍兴市应急管理局、绍兴银保监分局签订", "绍兴市应急管理局、" + NewBody + "、绍兴银保监分局签订"));

        var files = DatasetGenerator.Make(seeds.Path, TestContext.Current.CancellationToken);

        var extraction = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));
        var body = extraction.Agencies.Should().ContainSingle(a => a.Name == NewBody).Which;
        body.PlaceId.Should().Be("keqiao", "its name begins with 柯桥区");
        body.Kind.Should().Be(AgencyKind.Team, "most known bodies whose names end in 援队 are teams");
        body.Source.Line.Should().Be(375);
        extraction.Chapter.Entries.SelectMany(e => e.NamedRecords).Should().Contain(l => l.TargetId == body.Id && l.Name == NewBody);
        Encoding.UTF8.GetString(files[UncuratedRecords.FileName]).Split('\n')
            .Should().Contain($"agency\t{body.Id}\t{NewBody}\tenglishName, kind");
    }

    [Fact]
    public void Extract_ThisSeed_LeavesNothingUncurated()
    {
        var report = DatasetExtractor.Extract(SeedInputs.FromDirectory(RepositoryPaths.Seeds)).UncuratedRecords;

        report.Should().BeEmpty("every body and place this seed names has a curated row");
    }

}
