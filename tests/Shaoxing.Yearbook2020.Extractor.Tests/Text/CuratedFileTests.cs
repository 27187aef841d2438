using System.Text;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Extractor.Consistency;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class CuratedFileTests
{
    [Theory]
    [InlineData("null", "is not a valid list of corrections")]
    [InlineData("{", "is not a valid list of corrections")]
    [InlineData("[{\"id\": 1}]", "is not a valid list of corrections")]
    public void ReadList_NotAList_FailsNamingTheFile(string json, string reason)
    {
        var act = () => CuratedFile.ReadList("x.json", Encoding.UTF8.GetBytes(json), YearbookJsonContext.Default.ImmutableArrayCorrection, "corrections");

        act.Should().Throw<ExtractorException>().Which.Message.Should().StartWith("x.json ").And.Contain(reason);
    }

    [Fact]
    public void ReadList_AnEmptyList_GivesNoRows()
    {
        CuratedFile.ReadList("x.json", "[]"u8.ToArray(), YearbookJsonContext.Default.ImmutableArrayCorrection, "corrections").Should().BeEmpty();
    }

    [Fact]
    public void Read_AMissingProperty_FailsAsMalformed()
    {
        var act = () => CuratedFile.Read("rules.json", "{}"u8.ToArray(), root => root.GetProperty("rules").GetArrayLength());

        act.Should().Throw<ExtractorException>().Which.Message.Should().StartWith("rules.json is malformed");
    }

    [Fact]
    public void RequireUnique_TwoRowsWithOneKey_FailsNamingTheKey()
    {
        var act = () => CuratedFile.RequireUnique("x.json", ["a", "b", "a"], s => s, "id");

        act.Should().Throw<ExtractorException>().Which.Message.Should().Be("x.json uses the id 'a' 2 times.");
    }

    [Theory]
    [InlineData(CorrectionFile.FileName)]
    [InlineData(CuratedAgencyFile.FileName)]
    [InlineData(CuratedRulesFile.FileName)]
    public void EveryCuratedFile_Truncated_FailsNamingItself(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, fileName));
        var truncated = bytes[..(bytes.Length / 2)];
        Action act = fileName switch
        {
            CorrectionFile.FileName => () => CorrectionFile.Parse(truncated),
            CuratedAgencyFile.FileName => () => CuratedAgencyFile.Parse(truncated),
            _ => () => CuratedRulesFile.Parse(truncated),
        };

        act.Should().Throw<ExtractorException>().Which.Message.Should().StartWith(fileName);
    }
}
