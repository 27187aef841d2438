using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class EntryTextTests
{
    [Theory]
    [InlineData("1.24", "万", 12400)]
    [InlineData("678", null, 678)]
    public void Count_MultipliesOutWan(string digits, string? wan, int expected)
    {
        EntryText.Count(digits, wan, 1).Should().Be(expected);
    }

    [Fact]
    public void Count_AFraction_FailsNamingTheLine()
    {
        var act = () => EntryText.Count("1.5", null, 12);

        act.Should().Throw<ExtractorException>().Which.Line.Should().Be(12);
    }

    [Theory]
    [InlineData("甲。乙丙,丁。戊", 3, "乙丙,丁。")]
    [InlineData("甲。乙丙", 3, "乙丙")]
    public void SentenceAt_GivesTheSentenceAroundAPosition(string text, int index, string expected)
    {
        EntryText.SentenceAt(text, index).Text.Should().Be(expected);
    }
}
