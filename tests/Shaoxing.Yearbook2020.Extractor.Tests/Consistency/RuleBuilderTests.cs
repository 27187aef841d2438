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

        FluentActions.Invoking(() => RuleBuilder.Build(curated, figures, Chapter.Value.Entries))
            .Should().Throw<ExtractorException>().WithMessage("*no-such-figure*");
    }

    [Fact]
    public void Extract_NameThatFitsNoFigure_FailsNamingItsWords()
    {
        // line 230: 生产安全事故59起 — no figure of s5-e01 is counted in 件 after those words.
        var curated = Parse("""
            { "figures": [ { "id": "x", "entry": "s5-e01", "before": "生产安全事故", "unit": "件" } ], "tables": [], "rules": [] }
            """);

        FluentActions.Invoking(() => FigureExtractor.Extract(Chapter.Value, curated))
            .Should().Throw<ExtractorException>().WithMessage("*'x'*生产安全事故*has 0 such figures*");
    }

    [Fact]
    public void Extract_NameThatFitsSeveralFiguresWithoutAnOrder_FailsListingThem()
    {
        // line 136: "一网通办"实现率100%、"掌上办事"实现率95%、"跑零次"实现率93%、"即办"实现率75%.
        var curated = Parse("""
            { "figures": [ { "id": "x", "entry": "s3-e08", "before": "实现率", "unit": "%" } ], "tables": [], "rules": [] }
            """);

        FluentActions.Invoking(() => FigureExtractor.Extract(Chapter.Value, curated))
            .Should().Throw<ExtractorException>().WithMessage("*has 4 such figures (100%, 95%, 93%, 75%)*");
    }

    [Fact]
    public void Extract_NameWithAnOrder_TakesThatFigure()
    {
        var curated = Parse("""
            { "figures": [ { "id": "x", "entry": "s3-e08", "before": "实现率", "unit": "%", "order": 3 } ], "tables": [], "rules": [] }
            """);

        FigureExtractor.Extract(Chapter.Value, curated).Single(f => f.Id == "x").Value.Should().Be("93");
    }

    [Theory]
    [InlineData("""{ "id": "x", "entry": "s5-e01", "before": "生产安全事故59", "unit": "起" }""", "*'before'*holds a digit*")]
    [InlineData("""{ "id": "x", "entry": "s5-e01", "before": "事故", "unit": "起", "after": "，死亡４７人" }""", "*'after'*holds a digit*")]
    [InlineData("""{ "id": "x", "entry": "s5-e01", "phrase": "生产安全事故59起" }""", "*printed phrase*")]
    [InlineData("""{ "id": "x", "entry": "s5-e01", "unit": "起", "order": 0 }""", "*counts from 1*")]
    public void Parse_NameByAPrintedNumber_IsRefused(string figure, string message)
    {
        FluentActions.Invoking(() => Parse($$"""{ "figures": [ {{figure}} ], "tables": [], "rules": [] }"""))
            .Should().Throw<ExtractorException>().WithMessage(message);
    }

    [Fact]
    public void Parse_CuratedFile_NamesNoFigureByANumber()
    {
        var curated = CuratedRulesFile.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CuratedRulesFile.FileName)));

        curated.Figures.Should().OnlyContain(f => !(f.Before + f.After).Any(char.IsAsciiDigit));
    }

    [Fact]
    public void Build_CuratedFile_RelatesTheFiguresOfTheText()
    {
        var curated = CuratedRulesFile.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CuratedRulesFile.FileName)));
        var figures = FigureExtractor.Extract(Chapter.Value, curated);

        var rules = RuleBuilder.Build(curated, figures, Chapter.Value.Entries);

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

    [Fact]
    public void Build_ElapsedTimeBetweenClockTimesTheEntryDoesNotPrint_FailsListingThoseItDoes()
    {
        // Line 381 prints three clock times: 2020年6月7日22时18分, 10日16时, 18时.
        var curated = Parse("""
            { "figures": [], "tables": [],
              "rules": [ { "id": "r", "kind": "equality", "description": "a test rule", "result": "s5-e33-f12",
                           "operands": [ { "elapsed": { "entry": "s5-e33", "from": 1, "to": 4 } } ], "expected": true } ] }
            """);
        var figures = FigureExtractor.Extract(Chapter.Value, curated);

        FluentActions.Invoking(() => RuleBuilder.Build(curated, figures, Chapter.Value.Entries))
            .Should().Throw<ExtractorException>().WithMessage("*'r'*1 and 4 of s5-e33, which prints 3 (2020年6月7日22时18分, 10日16时, 18时)*");
    }

    [Theory]
    [InlineData("""{ "recordKind": "meetings", "unit": "T" }""", "*only a figure or an elapsed time*")]
    [InlineData("""{ "elapsed": { "entry": "s5-e33", "from": 0, "to": 2 } }""", "*count the entry's clock times from 1*")]
    public void Parse_OperandThatCannotBe_IsRefused(string operand, string message)
    {
        FluentActions.Invoking(() => Parse($$"""
            { "figures": [], "tables": [],
              "rules": [ { "id": "r", "kind": "equality", "description": "d", "result": "a", "operands": [ {{operand}} ], "expected": true } ] }
            """)).Should().Throw<ExtractorException>().WithMessage(message);
    }

    private static CuratedRules Parse(string json) => CuratedRulesFile.Parse(Encoding.UTF8.GetBytes(json));
}
