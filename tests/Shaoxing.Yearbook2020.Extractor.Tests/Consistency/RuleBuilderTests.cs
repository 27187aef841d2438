using System.Text;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Consistency;
using Shaoxing.Yearbook2020.Extractor.Figures;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Consistency;

public sealed class RuleBuilderTests
{
    private static readonly Lazy<ChapterExtraction> Chapter = new(() =>
    {
        var inputs = SeedInputs.FromDirectory(RepositoryPaths.Seeds);
        return ChapterBuilder.Build(inputs.Seed, inputs.Corrections);
    });

    [Fact]
    public void Build_RuleWithUnknownFigureId_Fails()
    {
        var curated = Parse("""
            { "figures": [], "tables": [],
              "rules": [ { "id": "r", "kind": "sum", "description": "a test rule", "result": "no-such-figure",
                           "operands": ["s5-e11-f01", "s5-e11-f02"], "expected": true } ] }
            """);
        var figures = FigureExtractor.Extract(Chapter.Value, curated);

        FluentActions.Invoking(() => RuleBuilder.Build(curated, figures))
            .Should().Throw<ExtractorException>().WithMessage("*no-such-figure*");
    }

    [Fact]
    public void Extract_NameWhosePhraseIsNotInTheText_Fails()
    {
        var curated = Parse("""
            { "figures": [ { "id": "x", "entry": "s5-e01", "phrase": "事故60起" } ], "tables": [], "rules": [] }
            """);

        FluentActions.Invoking(() => FigureExtractor.Extract(Chapter.Value, curated))
            .Should().Throw<ExtractorException>().WithMessage("*事故60起*");
    }

    [Fact]
    public void Extract_NameWhosePhraseHoldsTwoFigures_Fails()
    {
        // line 230: 死亡47人,比2019年分别下降28.9%、37.3% holds three figures.
        var curated = Parse("""
            { "figures": [ { "id": "x", "entry": "s5-e01", "phrase": "死亡47人,比2019年分别下降28.9%" } ], "tables": [], "rules": [] }
            """);

        FluentActions.Invoking(() => FigureExtractor.Extract(Chapter.Value, curated))
            .Should().Throw<ExtractorException>().WithMessage("*holds 2 figures*");
    }

    [Fact]
    public void Build_CuratedFile_RelatesTheFiguresOfTheText()
    {
        var curated = CuratedRulesFile.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CuratedRulesFile.FileName)));
        var figures = FigureExtractor.Extract(Chapter.Value, curated);

        var rules = RuleBuilder.Build(curated, figures);

        rules.Should().HaveCount(curated.Rules.Length);
        figures.Single(f => f.Id == "exam-candidates").Value.Should().Be("20656"); // line 275
        rules.Single(r => r.Id == "exam-pass-rate").Source.Line.Should().Be(275);
    }

    [Fact]
    public void Parse_UnknownKind_Fails()
    {
        FluentActions.Invoking(() => Parse("""
            { "figures": [], "tables": [], "rules": [ { "id": "r", "kind": "product", "description": "d", "result": "a", "operands": [], "expected": true } ] }
            """)).Should().Throw<ExtractorException>().WithMessage("*product*");
    }

    private static CuratedRules Parse(string json) => CuratedRulesFile.Parse(Encoding.UTF8.GetBytes(json));
}
