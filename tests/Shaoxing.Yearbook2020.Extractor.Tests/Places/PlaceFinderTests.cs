using Shaoxing.Yearbook2020.Extractor.Places;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Places;

public sealed class PlaceFinderTests
{
    private static readonly PlaceToken City = PlaceFinder.TokenAt("绍兴市", 0)!.Value;
    private static readonly PlaceToken[] Areas = [.. new[] { "越城区", "柯桥区", "诸暨市" }.Select(a => PlaceFinder.TokenAt(a, 0)!.Value)];

    [Theory]
    [InlineData("位于越城区东湖街道的一家企业发生火灾。", "东湖街道", "越城区")]
    [InlineData("诸暨市店口镇人民政府获表彰。", "店口镇", "诸暨市")]
    [InlineData("在湖北省武汉市举行交流活动。", "武汉市", "湖北省")]
    [InlineData("救援队在台州市温岭县参加比武。", "温岭县", "台州市")]
    [InlineData("柯桥区经济开发区(齐贤街道)应急管理办公室", "齐贤街道", "柯桥区")]
    public void Find_APlaceNamedInsideAnother_LiesInIt(string text, string name, string parent)
    {
        var found = Find(text);

        found.Should().ContainKey(name);
        found[name].ParentName.Should().Be(parent);
        found.Should().ContainKey(parent);
    }

    [Theory]
    [InlineData("《绍兴市人民政府与甘孜州人民政府合作协议》", "甘孜州")]
    [InlineData("《中华人民共和国浙江省绍兴市与大韩民国水原市结好协议书》", "水原市")]
    [InlineData("与嘉兴市一起获评优秀城市。", "嘉兴市")]
    [InlineData("《泉州市绍兴市缔结友好城市协议书》", "泉州市")]
    public void Find_APlaceNamedWithAGovernmentStateOrPartner_IsFound(string text, string name)
    {
        Find(text).Should().ContainKey(name);
    }

    [Theory]
    [InlineData("听取市政府副秘书长的汇报,全市各县(市)全面完成。")]
    [InlineData("绍兴市开发区和越城区园区联动,对全省示范区进行评估。")]
    [InlineData("八届市政府第七次全体会议举行,推进城市更新和城镇建设。")]
    [InlineData("诸暨市开发区管委会主任讲话。")]
    [InlineData("绍兴市举办市级比赛。")]
    [InlineData("听取市金控公司董事长孙永国关于市重点产业基金的汇报。")]
    public void Find_GeneralWordsShapedLikeNames_AreNotPlaces(string text)
    {
        Find(text).Keys.Should().BeEquivalentTo(["绍兴市", "越城区", "柯桥区", "诸暨市"]);
    }

    [Theory]
    [InlineData("绍兴市", PlaceKind.City)]
    [InlineData("柯桥区", PlaceKind.District)]
    [InlineData("诸暨市", PlaceKind.CountyLevelCity)]
    [InlineData("湖北省", PlaceKind.Province)]
    [InlineData("武汉市", PlaceKind.OtherCity)]
    [InlineData("店口镇", PlaceKind.Town)]
    [InlineData("东湖街道", PlaceKind.Subdistrict)]
    public void KindOf_ByRoleAndSuffix(string name, PlaceKind kind)
    {
        var found = Find("在湖北省武汉市举行。诸暨市店口镇。越城区东湖街道。");
        var areas = Areas.Select(a => a.Name).ToHashSet();

        PlaceFinder.KindOf(found[name], City.Name, areas, n => found.TryGetValue(n, out var s) ? s.Token : null).Should().Be(kind);
    }

    private static Dictionary<string, PlaceSighting> Find(string text) =>
        PlaceFinder.Find([new TextUnit(text, null, (_, _) => new SourceSpan { Line = 1, EndLine = 1 })], City, Areas);
}
