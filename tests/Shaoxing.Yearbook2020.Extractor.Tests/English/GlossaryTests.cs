using System.Text;
using Shaoxing.Yearbook2020.Extractor.English;

namespace Shaoxing.Yearbook2020.Extractor.Tests.English;

public sealed class GlossaryTests
{
    [Fact]
    public void Parse_TheSameTextInTwoFiles_IsRefusedNamingBothFiles()
    {
        var parse = () => Glossary.Parse(
        [
            File("glossary/roles.json", """[{ "chinese": "局长", "english": "Director" }]"""),
            File("glossary/tables.json", """[{ "chinese": "合计", "english": "Total" }, { "chinese": "局长", "english": "Bureau Director" }]"""),
        ]);

        parse.Should().Throw<ExtractorException>().WithMessage("*局长*glossary/roles.json*glossary/tables.json*");
    }

    [Fact]
    public void Parse_TheSameTextTwiceInOneFile_IsRefusedNamingTheItems()
    {
        var parse = () => Glossary.Parse([File("glossary/roles.json", """[{ "chinese": "局长", "english": "Director" }, { "chinese": "局长", "english": "Director" }]""")]);

        parse.Should().Throw<ExtractorException>().WithMessage("glossary/roles.json renders '局长' twice (items 1 and 2)*");
    }

    [Theory]
    [InlineData("""[{ "chinese": "局长", "english": "" }]""", "the English rendering is empty")]
    [InlineData("""[{ "chinese": "局长", "english": "局长 Director" }]""", "the English rendering holds Chinese characters")]
    [InlineData("""[{ "chinese": "", "english": "Director" }]""", "the Chinese text is empty")]
    [InlineData("""[{ "chinese": "局长", "english": "Director", "why": "x" }]""", "is not a valid list of glossary entries")]
    [InlineData("""[{ "chinese": "局长" }]""", "is not a valid list of glossary entries")]
    public void Parse_ABadRow_IsRefusedNamingTheFileAndWhatIsWrong(string json, string problem)
    {
        var parse = () => Glossary.Parse([File("glossary/roles.json", json)]);

        parse.Should().Throw<ExtractorException>().Which.Message.Should().Contain("glossary/roles.json").And.Contain(problem);
    }

    [Fact]
    public void Parse_ANote_IsKeptAndTheRenderingFound()
    {
        var glossary = Glossary.Parse([File("glossary/units.json", """[{ "chinese": "亿元", "english": "100 million yuan", "note": "亿 is 10^8" }]""")]);

        glossary.TryRender("亿元", out var english).Should().BeTrue();
        english.Should().Be("100 million yuan");
        glossary.Entries.Should().ContainSingle().Which.Entry.Note.Should().Be("亿 is 10^8");
        glossary.TryRender("万元", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("6", false)]
    [InlineData("-28.9%", false)]
    [InlineData("%", false)]
    [InlineData("T", true)]
    [InlineData("℃", true)]
    [InlineData("合计", true)]
    public void NeedsRendering_NumbersAndAsciiSymbolsAreTheirOwnEnglish(string text, bool needs)
    {
        Glossary.NeedsRendering(text).Should().Be(needs);
    }

    private static GlossaryFile File(string name, string json) => new(name, Encoding.UTF8.GetBytes(json));
}
