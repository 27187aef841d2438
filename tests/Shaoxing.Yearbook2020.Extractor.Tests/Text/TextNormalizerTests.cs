using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("绍兴市人 民政府", "绍兴市人民政府")]
    [InlineData(" 2020 年,绍兴市 ", "2020年,绍兴市")]
    [InlineData("居全国第 31 位。", "居全国第31位。")]
    [InlineData("\"六稳\" 工作", "\"六稳\"工作")]
    [InlineData("浙里办 App 和支付宝", "浙里办App和支付宝")]
    [InlineData("GDP 与 MEI 指数", "GDP与MEI指数")]
    [InlineData("Windows  10", "Windows 10")]
    [InlineData("a\t\u3000b", "a b")]
    [InlineData("", "")]
    public void Normalize_RemovesOcrSpaces_ButKeepsOneBetweenLatinWords(string raw, string expected)
    {
        TextNormalizer.Normalize(raw).Should().Be(expected);
    }

    [Theory]
    [InlineData("完成。", true)]
    [InlineData("真的吗?", true)]
    [InlineData("绍兴市人", false)]
    [InlineData("以下:", false)]
    [InlineData("", false)]
    public void EndsSentence_IsTrueOnlyForSentenceEnds(string text, bool expected)
    {
        TextNormalizer.EndsSentence(text).Should().Be(expected);
    }
}
