using System.Text.Json;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class ConnectedCommandsTests
{
    [Fact]
    public void About_District_ListsItsIncidentsTableRowAndPlaces()
    {
        var (code, output, error) = CliRunner.Run("about", "柯桥区");

        code.Should().Be(0, error);
        output.Should().Contain("柯桥区 (keqiao)");

        // The 8·2 deflagration in 漓渚镇 (line 377), 表6's 柯桥区 row (line 247), and 柯岩街道 inside the district (line 176).
        output.Should().Contain("incident-11").And.Contain("377-379").And.Contain("漓渚镇");
        output.Should().Contain("table-6").And.Contain("247-247");
        output.Should().Contain("keyan-subdistrict");
    }

    [Fact]
    public void About_Json_HasEveryRecordOfTheLibrarysAnswer()
    {
        var expected = Yearbook.Default.About("市应急局");

        var root = Json("about", "市应急局");

        root.GetProperty("agencyIds").EnumerateArray().Select(e => e.GetString()).Should().Equal(expected.Agencies.Select(a => a.Id));
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("kind").GetString()).Should().Equal(expected.Groups.Select(g => g.Kind.Name));
        groups.SelectMany(g => g.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString()))
            .Should().Equal(expected.Groups.SelectMany(g => g.Matches.Select(m => m.Id)));
        root.GetProperty("count").GetInt32().Should().Be(expected.Groups.Sum(g => g.Matches.Length)).And.BeGreaterThan(7, "市应急局 presented at 7 meetings alone");
    }

    [Theory]
    [InlineData("不存在的机构", "no body, person or place is named '不存在的机构'")]
    [InlineData(" ", "the name is empty")]
    public void About_NothingNamed_ExitsWithTwoAndSaysWhy(string name, string message)
    {
        var (code, output, error) = CliRunner.Run("about", name);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
    }

    [Fact]
    public void Timeline_August_IsInDateOrderAndHoldsTheSeventyNinthExecutiveMeeting()
    {
        var (code, output, error) = CliRunner.Run("timeline", "--month", "8");

        code.Should().Be(0, error);

        // 八届市政府第七十九次常务会议 8月14日召开 (line 71); the 8·2 deflagration (line 377).
        output.Should().Contain("2020-08-14").And.Contain("executive-79");
        output.IndexOf("incident-11", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("executive-79", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_Json_IsTheLibrarysTimelineBetweenTwoDays()
    {
        var from = new DateOnly(2020, 8, 1);
        var to = new DateOnly(2020, 8, 14);
        var expected = Yearbook.Default.Timeline.Between(from, to);

        var root = Json("timeline", "--from", "2020-08-01", "--to", "2020-08-14");

        var records = root.GetProperty("records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal(expected.Select(r => r.Id)).And.NotBeEmpty();
        records.Select(r => r.GetProperty("date").GetString()).Should().OnlyContain(d => string.CompareOrdinal(d, "2020-08-01") >= 0 && string.CompareOrdinal(d, "2020-08-14") <= 0);
        root.GetProperty("count").GetInt32().Should().Be(expected.Length);
    }

    [Fact]
    public void Timeline_Kind_KeepsOnlyThatKind()
    {
        var root = Json("timeline", "--kind", "captions");

        var records = root.GetProperty("records").EnumerateArray().ToList();
        records.Should().HaveCount(Yearbook.Default.Timeline.Count(r => r is Caption)).And.NotBeEmpty();
        records.Select(r => r.GetProperty("kind").GetString()).Should().OnlyContain(k => k == "captions");
    }

    [Theory]
    [InlineData("--kind", "agencies", "--kind is one of")]
    [InlineData("--month", "13", "--month must be between 1 and 12")]
    [InlineData("--from", "2020-8-1", "--from takes a date")]
    public void Timeline_BadOption_ExitsWithTwoAndNamesIt(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run("timeline", option, value);

        code.Should().Be(2);
        error.Should().Contain(message);
    }

    [Fact]
    public void Timeline_ReversedRange_ExitsWithTwo()
    {
        var (code, _, error) = CliRunner.Run("timeline", "--from", "2020-08-14", "--to", "2020-08-01");

        code.Should().Be(2);
        error.Should().Contain("is before --from");
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--json"]);
        code.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }
}
