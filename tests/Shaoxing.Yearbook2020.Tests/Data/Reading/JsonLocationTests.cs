using System.Text;
using Shaoxing.Yearbook2020.Data.Reading;

namespace Shaoxing.Yearbook2020.Tests.Data.Reading;

public sealed class JsonLocationTests
{
    private const string Json = "[\n  {\"a\": 1, \"b\": [10, 20, {\"c\": null}]},\n  {\"a\": 2, \"odd name\": true}\n]";

    [Theory]
    [InlineData("[", "$")]
    [InlineData("{\"a\"", "$[0]")]
    [InlineData("\"a\": 1", "$[0].a")]
    [InlineData("1,", "$[0].a")]
    [InlineData("20", "$[0].b[1]")]
    [InlineData("{\"c\"", "$[0].b[2]")]
    [InlineData("null", "$[0].b[2].c")]
    [InlineData("2,", "$[1].a")]
    [InlineData("true", "$[1]['odd name']")]
    public void PathAt_OffsetOfAToken_GivesItsJsonPath(string tokenText, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(Json);
        var offset = Encoding.UTF8.GetByteCount(Json[..Json.IndexOf(tokenText, StringComparison.Ordinal)]);

        JsonLocation.PathAt(bytes, offset).Should().Be(expected);
    }

    [Fact]
    public void PathAt_MalformedJsonBeforeTheOffset_GivesThePathSoFar()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"a\": [1, 2, }]");

        JsonLocation.PathAt(bytes, bytes.Length - 1).Should().Be("$[0].a[1]");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 2)]
    [InlineData(50, 3)]
    public void LineAt_Offset_CountsTheLineBreaksBeforeIt(int offset, long expected)
    {
        JsonLocation.LineAt(Encoding.UTF8.GetBytes(Json), offset).Should().Be(expected);
    }

    [Fact]
    public void OffsetOf_LineAndBytePosition_IsTheInverseOfLineAt()
    {
        var bytes = Encoding.UTF8.GetBytes(Json);

        var offset = JsonLocation.OffsetOf(bytes, zeroBasedLine: 2, bytePositionInLine: 3);

        bytes[offset].Should().Be((byte)'"');
        JsonLocation.LineAt(bytes, offset).Should().Be(3);
    }
}
