using Shaoxing.Yearbook2020.Extractor.Meetings;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Meetings;

public sealed class RoleParserTests
{
    private static readonly string[] Ends = ["关于", "《", "、", "和"];
    private static readonly HashSet<string> Known = ["市发改委", "市长江办", "市政府", "市水利局", "市治水办", "", "市政府办公室", "市交通运输局"];

    private static bool IsKnown(string agency, string? previous) => Known.Contains(agency) || (previous is not null && Known.Contains(previous + agency));

    [Theory]
    [InlineData("市发改委主任金辉关于", "市发改委主任", "金辉")]
    [InlineData("市发改委副主任景尧关于", "市发改委副主任", "景尧")]
    [InlineData("市长江办主任金辉关于", "市长江办主任", "金辉")] // 市长 must not be read as the mayor
    [InlineData("市长盛阅春关于", "市长", "盛阅春")]
    [InlineData("市水利局局长、市治水办常务副主任张宪疆关于", "市水利局局长、市治水办常务副主任", "张宪疆")]
    [InlineData("市政府副秘书长、办公室主任闾小锋关于", "市政府副秘书长、办公室主任", "闾小锋")]
    [InlineData("市交通运输局党委书记张永明关于", "市交通运输局党委书记", "张永明")]
    [InlineData("市交通运输局局长杨建根《关于", "市交通运输局局长", "杨建根")]
    public void TryParse_ReadsRoleAndName(string text, string role, string name)
    {
        var parsed = RoleParser.TryParse(text, 0, Ends, IsKnown);

        parsed.Should().NotBeNull();
        parsed!.Role.Should().Be(role);
        parsed.Name.Should().Be(name);
    }

    [Fact]
    public void TryParse_StopsAtTheFirstPresenter_OfAList()
    {
        var parsed = RoleParser.TryParse("市发改委主任金辉、市水利局局长张宪疆关于", 0, Ends, IsKnown)!;

        parsed.Name.Should().Be("金辉");
        parsed.End.Should().Be(8);
    }

    [Fact]
    public void TryParse_UnknownBody_GivesNull()
    {
        RoleParser.TryParse("市宇宙局局长张三关于", 0, Ends, IsKnown).Should().BeNull();
    }
}
