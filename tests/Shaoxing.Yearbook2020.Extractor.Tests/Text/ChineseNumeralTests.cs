using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("零", 0)]
    [InlineData("七", 7)]
    [InlineData("八", 8)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("六十八", 68)]
    [InlineData("七十", 70)]
    [InlineData("八十九", 89)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("三百二十一", 321)]
    [InlineData("十四", 14)]
    [InlineData("两", 2)]
    [InlineData("两千零二十", 2020)]
    public void TryParse_Numerals(string text, int expected)
    {
        ChineseNumeral.TryParse(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("六八")]
    [InlineData("十十")]
    [InlineData("第六")]
    [InlineData("68")]
    [InlineData("百十")]
    [InlineData("百")]
    public void TryParse_NotANumeral_GivesNull(string text)
    {
        ChineseNumeral.TryParse(text).Should().BeNull();
    }

    [Fact]
    public void Parse_NotANumeral_FailsNamingTheLine()
    {
        var act = () => ChineseNumeral.Parse("六八", 53);

        act.Should().Throw<ExtractorException>().Which.Message.Should().Contain("Seed line 53").And.Contain("六八");
    }
}
