namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class SummaryCommandTests
{
    [Fact]
    public void Summary_PrintsTheDatasetSectionsAndCounts()
    {
        var (code, output, error) = CliRunner.Run("summary");

        code.Should().Be(0, error);
        output.Should().Contain("c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90");
        output.Should().Contain("应急管理").And.Contain("市应急局、市消防救援支队");
        output.Should().Contain("政务服务 (inferred");
        output.Should().Contain("entries.json").And.Contain("captions.json");
        output.Split('\n').Should().Contain(l => l.Contains("s5") && l.Contains("48"), "the 应急管理 section has 48 entries");
        output.Split('\n').Should().Contain(l => l.Contains("all") && l.Contains("93"), "the chapter has 93 entries");
        output.Should().NotContain("\u001b[", "redirected output carries no ANSI codes");
    }
}
