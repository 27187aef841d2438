using Shaoxing.Yearbook2020.Extractor.Names;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Names;

public sealed class NameIndexTests
{
    private static readonly KnownName[] Known =
    [
        new("应急管理部", NamedRecordKind.Agency, "ministry-of-emergency-management"),
        new("绍兴市应急管理局", NamedRecordKind.Agency, "emergency-management-bureau"),
        new("市应急管理局", NamedRecordKind.Agency, "emergency-management-bureau"),
        new("浙江工业职业技术学院", NamedRecordKind.Agency, "zhejiang-industry-polytechnic-college"),
        new("绍兴市", NamedRecordKind.Place, "shaoxing"),
        new("绍兴", NamedRecordKind.Place, "shaoxing"),
        new("浙江", NamedRecordKind.Place, "zhejiang"),
        new("浙江省", NamedRecordKind.Place, "zhejiang"),
        new("黄立枫", NamedRecordKind.Person, "person-05"),
        new("杭州", NamedRecordKind.Place, "hangzhou"),
    ];

    // The texts the body words are read from: 有关部门 makes 部门 one.
    private static readonly string[] Texts = ["督促有关部门落实责任。"];

    private static List<(string Name, int Start)> Names(string text) =>
        [.. new NameIndex(Known, Texts).In(text).Select(o => (o.Name.Written, o.Start))];

    [Fact]
    public void In_TheLongestNameWins()
    {
        Names("绍兴市应急管理局局长黄立枫").Should().Equal(("绍兴市应急管理局", 0), ("黄立枫", 10));
    }

    [Fact]
    public void In_ANameTheNextCharacterMakesABodyWord_IsNoName()
    {
        // 应急管理部门: the emergency departments, not the ministry; 应急管理部党委 is the ministry's.
        Names("各级应急管理部门负责人").Should().BeEmpty();
        Names("应急管理部党委").Should().Equal(("应急管理部", 0));
    }

    [Fact]
    public void In_APlaceThatBeginsTheNameOfABody_IsNoPlace()
    {
        // A run after the place's name that ends as a known body's name ends (学院, from 浙江工业职业技术学院) is the rest of
        // another body's name, known or not: the province is not named.
        Names("浙江建设职业技术学院,").Should().BeEmpty();
        Names("在浙江召开全国技术会议").Should().Equal(("浙江", 1)); // 会议 ends no known body: the province is named
        Names("浙江工业职业技术学院举行").Should().Equal(("浙江工业职业技术学院", 0));
        Names("贯彻落实浙江省部署").Should().Equal(("浙江省", 4));
    }

    [Fact]
    public void In_APlaceNameGoingOnIntoABayPortOrIsland_IsNoPlace()
    {
        // 杭州湾 is the bay, not the city (杭州湾上虞经济技术开发区, 杭州湾精细化工园区); 绍兴港 and 舟山群岛 likewise.
        Names("以及杭州湾上虞经济技术开发区智慧化").Should().BeEmpty();
        Names("在上虞 杭州湾精细化工园区举行").Should().BeEmpty();
        Names("绍兴港码头").Should().BeEmpty();
        Names("杭州都市区").Should().Equal(("杭州", 0)); // 都 makes no bay, port or island: the city is named
    }
}
