using System.Text;
using Shaoxing.Yearbook2020.Extractor.Generation;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Generation;

public sealed class TsvReportTests
{
    [Fact]
    public void Write_ACellWithATabOrALineBreak_StaysInItsRow()
    {
        var bytes = TsvReport.Write(["line", "sentence"], [["31", "第一段\n第二段\t尾"], ["43", "C:\\路径"]]);

        Encoding.UTF8.GetString(bytes).Should().Be("line\tsentence\n31\t第一段\\n第二段\\t尾\n43\tC:\\\\路径\n");
    }

    [Fact]
    public void Write_ARowOfAnotherWidth_IsRefused()
    {
        var write = () => TsvReport.Write(["a", "b"], [["1"]]);

        write.Should().Throw<ArgumentException>().WithMessage("*1 cells where the header has 2*");
    }
}
