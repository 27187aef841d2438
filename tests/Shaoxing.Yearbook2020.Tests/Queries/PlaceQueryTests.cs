using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class PlaceQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    [InlineData("柯桥区")]
    [InlineData("柯桥")]
    [InlineData("柯 桥 区")]
    [InlineData(" 柯桥\t")]
    [InlineData("绍兴市柯桥区")]
    [InlineData("浙江省绍兴市柯桥区")]
    public void FindByName_NameAliasSpacesOrEnclosingPlaces_FindsThePlace(string name)
    {
        Data.Places.FindByName(name)!.Id.Should().Be("keqiao");
    }

    [Theory]
    [InlineData("柯桥镇")]
    [InlineData("衢州")]
    [InlineData("柯桥市")]
    public void FindByName_NoSuchPlace_ReturnsNull(string name)
    {
        Data.Places.FindByName(name).Should().BeNull();
    }

    [Fact]
    public void Resolve_IdOrName_FindsTheSamePlace()
    {
        Data.Places.Resolve("zhuji").Should().BeSameAs(Data.Places.Resolve("诸暨市"));
    }

    [Fact]
    public void In_AnArea_ListsItsTowns()
    {
        Data.Places.In("zhuji").Select(p => p.Name).Should().BeEquivalentTo("枫桥镇", "次坞镇");
        Data.Places.In("ciwu-town").Should().BeEmpty();
    }

    [Fact]
    public void Agencies_FindByName_OfAPlace_IsNull_WhilePlacesFindsIt()
    {
        // A district is a place, not one of the municipal bodies: About goes through the place.
        Data.Agencies.FindByName("柯桥区").Should().BeNull();
        Data.Places.FindByName("柯桥区").Should().NotBeNull();
    }

    [Fact]
    public void OfKind_Subdistricts_AreTheFourNamedWithTheirAreaAndLanting()
    {
        Data.Places.OfKind(PlaceKind.Subdistrict).Select(p => p.Name).Should().BeEquivalentTo("柯岩街道", "华舍街道", "皋埠街道", "浦口街道", "兰亭街道");
    }

    [Theory]
    [InlineData("Zhuji", "诸暨市")]
    [InlineData("zhuji", "诸暨市")]
    [InlineData("诸暨", "诸暨市")]
    [InlineData("Keqiao District", "柯桥区")]
    [InlineData("keqiao", "柯桥区")]
    [InlineData("Xinchang County", "新昌县")]
    [InlineData("Zhejiang", "浙江省")]
    [InlineData("Shaoxing", "绍兴市")]
    public void FindByName_EnglishNameOrNameWithoutItsSuffix_FindsThePlace(string name, string expected)
    {
        Yearbook.Default.Places.FindByName(name)!.Name.Should().Be(expected);
    }

    [Theory]
    [InlineData("枫桥镇", "330681")] // 诸暨市枫桥镇
    [InlineData("柯岩街道", "330603")] // 柯桥区柯岩街道
    [InlineData("浦口街道", "330683")] // 嵊州市
    [InlineData("诸暨市", "330681")]
    [InlineData("新昌县", "330624")]
    [InlineData("绍兴市", null)]
    [InlineData("浙江省", null)]
    public void CountyDivisionCode_PlaceAtOrBelowTheCountyLevel_IsItsCountysCode(string name, string? code)
    {
        Yearbook.Default.Places.FindByName(name)!.CountyDivisionCode.Should().Be(code);
    }
}
