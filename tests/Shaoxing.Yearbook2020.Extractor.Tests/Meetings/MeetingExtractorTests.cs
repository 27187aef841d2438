using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Meetings;

public sealed class MeetingExtractorTests
{
    [Theory]
    [InlineData("《绍兴市农村生活垃圾分类管理办法》起草情况的汇报", "《绍兴市农村生活垃圾分类管理办法》")]
    [InlineData("《中国(绍兴)跨境电子商务综合试验区实施方案》起草及有关情况的汇报", "《中国(绍兴)跨境电子商务综合试验区实施方案》")]
    [InlineData("省委省政府有关指示批示精神的传达", "省委省政府有关指示批示精神")]
    [InlineData("\"高质量发展奖\"评选推荐工作情况汇报", "\"高质量发展奖\"评选推荐工作")]
    [InlineData("一季度全市经济运行情况的汇报", "一季度全市经济运行")]
    [InlineData("东西部扶贫协作工作情况的汇报", "东西部扶贫协作工作")]
    public void StripClosingWords_LeavesTheSubject(string clause, string subject)
    {
        MeetingExtractor.StripClosingWords(clause).Should().Be(subject);
    }

    [Theory]
    [InlineData("《绍兴市突发事件总体应急预案》修编情况的汇报", AgendaItemKind.Revision)]
    [InlineData("2020年\"1+9\"扶持政策修订情况的汇报", AgendaItemKind.Revision)]
    [InlineData("《杭绍甬一体化发展实施方案绍兴工作计划》编制情况的汇报", AgendaItemKind.Compilation)]
    [InlineData("《绍兴市工程渣土(泥浆)处置管理办法》起草情况的汇报", AgendaItemKind.Drafting)]
    [InlineData("全省公安局长会议精神及贯彻落实意见的情况汇报", AgendaItemKind.Transmission)]
    [InlineData("《关于绍兴银行股份有限公司第六轮增资扩股方案》的情况汇报", AgendaItemKind.Briefing)]
    [InlineData("《起草精神编制修订》的情况汇报", AgendaItemKind.Briefing)] // words inside a title do not count
    public void Classify_ReadsTheClauseWords(string clause, AgendaItemKind kind)
    {
        MeetingExtractor.Classify(clause).Kind.Should().Be(kind);
    }

    [Fact]
    public void Extract_RealSeed_Gives24MeetingsAndEveryPresenterAnAgency()
    {
        var inputs = SeedInputs.FromDirectory(Testing.RepositoryPaths.Seeds);

        var extraction = DatasetExtractor.Extract(inputs);

        extraction.Meetings.Should().HaveCount(24);
        var agencyIds = extraction.Agencies.Select(a => a.Id).ToHashSet();
        extraction.Meetings.SelectMany(m => m.AgendaItems).SelectMany(i => i.Presenters).SelectMany(p => p.Posts)
            .Should().OnlyContain(p => agencyIds.Contains(p.AgencyId));
    }

    [Fact]
    public void Extract_ClauseNamingAnUnknownBody_FailsAtItsLine()
    {
        using var seeds = Testing.TempDirectory.CopyOf(Testing.RepositoryPaths.Seeds);
        var path = Path.Combine(seeds.Path, "agencies.json");
        var rows = File.ReadAllText(path).Replace("\"市禁毒办\"", "\"市戒毒办\"", StringComparison.Ordinal);
        File.WriteAllText(path, rows);

        var extract = () => DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        extract.Should().Throw<ExtractorException>().Which.Line.Should().Be(63);
    }

    [Fact]
    public void Extract_CuratedRowTheTextNeverNames_Fails()
    {
        using var seeds = Testing.TempDirectory.CopyOf(Testing.RepositoryPaths.Seeds);
        var path = Path.Combine(seeds.Path, "agencies.json");
        var text = File.ReadAllText(path).TrimEnd().TrimEnd(']')
            + ",{\"name\":\"绍兴市月球开发局\",\"id\":\"moon\",\"englishName\":\"Moon\",\"kind\":\"external\",\"shortNames\":[\"市月球局\"]}]";
        File.WriteAllText(path, text);

        var extract = () => DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        extract.Should().Throw<ExtractorException>().WithMessage("*市月球局*");
    }
}
