namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class SearchCommandTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Search_ListsMatchingEntries_WithHeadingSectionAndSeedLine()
    {
        var (code, output, _) = CliRunner.Run("search", "爆燃");

        code.Should().Be(0);
        output.Should().Contain("s5-e32").And.Contain("浙江裕源建材有限公司").And.Contain("377").And.Contain("应急管理");
    }

    [Fact]
    public void Search_WithLimit_ShowsAtMostThatMany()
    {
        var (code, output, _) = CliRunner.Run("search", "绍兴市", "--limit", "2");

        code.Should().Be(0);
        output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"s\d-e\d\d")).Should().Be(2);
    }

    [Fact]
    public void Search_Every_ListsEachMentionOnItsSeedLine()
    {
        // 【专业安委会运行】 (s5-e14, lines 281-283) mentions 安全生产 five times: twice on line 281, three times on 283.
        var (code, output, _) = CliRunner.Run("search", "安全生产", "--every", "--limit", "200");

        code.Should().Be(0);
        var rows = output.Split('\n').Where(l => l.Contains("s5-e14", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(5);
        rows.Count(l => l.Contains(" 281 ", StringComparison.Ordinal)).Should().Be(2);
        rows.Count(l => l.Contains(" 283 ", StringComparison.Ordinal)).Should().Be(3);
        output.Should().Contain($"{Data.Entries.Occurrences("安全生产").Length} mentions of '安全生产' in {Data.Entries.Search("安全生产").Length} entries");
        CliRunner.Run("search", "安全生产", "--limit", "200").Output.Split('\n').Count(l => l.Contains("s5-e14", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Search_NothingFound_SaysSo()
    {
        var (code, output, _) = CliRunner.Run("search", "Kubernetes");

        code.Should().Be(0);
        output.Should().Contain("No entry contains 'Kubernetes'");
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "  ")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("search", "x", "--limit", "many")]
    public void Search_BadArguments_ExitTwoWithAMessage(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        code.Should().Be(2);
        error.Should().StartWith("error: ");
    }
}
