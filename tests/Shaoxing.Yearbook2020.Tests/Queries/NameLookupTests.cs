using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Tests.Queries;

/// <summary>Bodies, people and places found by any of their names (Chinese, short, English, pinyin) or id, and a name
/// that fits several records said to be ambiguous, with the candidates.</summary>
public sealed class NameLookupTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    [InlineData("Keqiao District", "keqiao")]
    [InlineData("keqiao", "keqiao")]
    [InlineData("Kēqiáo Qū", "keqiao")]       // pinyin with tone marks and the level's word
    [InlineData("KEQIAOQU", "keqiao")]
    [InlineData("Zhūjì Shì", "zhuji")]
    [InlineData("zhuji shi", "zhuji")]
    [InlineData("Fēngqiáo Zhèn", "fengqiao-town")]
    [InlineData("Keyan Jiedao", "keyan-subdistrict")]
    [InlineData("Zhejiang Sheng", "zhejiang")]
    public void Places_FindByName_EnglishNameOrPinyin_FindsThePlace(string name, string id)
    {
        Data.Places.FindByName(name)!.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("Shàoxīng Shì Yìngjí Guǎnlǐ Jú", "emergency-management-bureau")]    // tone marks, words joined
    [InlineData("shào xīng shì yìng jí guǎn lǐ jú", "emergency-management-bureau")]  // as the data writes it
    [InlineData("shaoxingshiyingjiguanliju", "emergency-management-bureau")]
    [InlineData("SHAOXING SHI YINGJI GUANLI JU", "emergency-management-bureau")]
    [InlineData("Yingji Guanli Ju", "emergency-management-bureau")]                   // without the city, as 应急管理局
    [InlineData("Shàoxīng Yínháng Gǔfèn Yǒuxiàn Gōngsī", "bank-of-shaoxing")]           // 行 háng in 银行
    [InlineData("Zhongguo Gongshang Yinhang", "icbc")]
    [InlineData("Zhongguo Yinhang Gufen Youxian Gongsi Zhejiang Sheng Fenhang", "bank-of-china-zhejiang-branch")]
    [InlineData("Yingji Guanli Bu Jiuyuan Xietiao Ju", "mem-rescue-coordination-bureau")] // 调 tiáo in 协调
    [InlineData("Shaoxing Shi Jiaoyu Ju", "education-bureau")]                           // 教 jiào in 教育
    public void Agencies_FindByName_Pinyin_FindsTheBody(string pinyin, string id)
    {
        Data.Agencies.FindByName(pinyin)!.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("Shaoxing Yinxing Gufen Youxian Gongsi")]   // 行 read xíng, as a character alone is read
    [InlineData("Zhongguo Gongshang Yinxing")]
    [InlineData("Shaoxing Shi Yingji Guanli Ju Xie")]
    public void Agencies_FindByName_PinyinOfAnotherReading_FindsNothing(string pinyin)
    {
        Data.Agencies.FindByName(pinyin).Should().BeNull();
    }

    [Theory]
    [InlineData("盛阅春", "people")]
    [InlineData("Sheng Yuechun", "people")]
    [InlineData("Shèng Yuèchūn", "people")]
    [InlineData("SHENGYUECHUN", "people")]
    [InlineData("Emergency Management Bureau", "agencies")]
    [InlineData("市应急局", "agencies")]
    [InlineData("emergency-management-bureau", "agencies")]
    [InlineData("Shàoxīng Shì Yìngjí Guǎnlǐ Jú", "agencies")]
    [InlineData("shaoxing yinhang gufen youxian gongsi", "agencies")]
    [InlineData("Keqiao District", "places")]
    [InlineData("Kēqiáo Qū", "places")]
    [InlineData("柯桥", "places")]
    [InlineData("keqiao", "places")]
    public void Yearbook_FindByName_AnyNameOrId_FindsOneRecordOfItsKind(string name, string kind)
    {
        var found = Data.FindByName(name);

        found.Should().ContainSingle();
        found[0].Kind.Name.Should().Be(kind);
    }

    [Fact]
    public void Yearbook_FindByName_Nothing_IsEmpty()
    {
        Data.FindByName("Atlantis").Should().BeEmpty();
    }

    [Fact]
    public void People_FindByName_APinyinTwoPeopleShare_ListsBoth()
    {
        var sheng = Data.People.FindByName("盛阅春")!;
        var namesake = sheng with { Id = "person-900", Name = "盛越春" };   // read alike: Shèng Yuèchūn
        var people = new PersonCollection([sheng, namesake], () => Data.Agencies);

        var find = () => people.FindByName("Sheng Yuechun");

        find.Should().Throw<AmbiguousNameException>()
            .Which.Candidates.Select(c => (c.Id, c.Name)).Should().Equal((sheng.Id, "盛阅春"), ("person-900", "盛越春"));
        find.Should().Throw<AmbiguousNameException>().WithMessage($"*{sheng.Id} (盛阅春)*person-900 (盛越春)*");
        people.MatchByName("shengyuechun").Should().HaveCount(2);
        people.FindByName("盛越春")!.Id.Should().Be("person-900", "the Chinese name fits one of them");
        people.Resolve(sheng.Id).Should().BeSameAs(sheng, "an id is never ambiguous");
    }

    [Fact]
    public void Agencies_FindByName_AShortNameTwoBodiesShare_ListsBoth()
    {
        var bureau = Data.Agencies.FindByName("市应急局")!;
        var commission = Data.Agencies.FindByName("发改委")!;
        var agencies = new AgencyCollection([bureau, commission with { ShortNames = [.. commission.ShortNames, "市应急局"] }]);

        var find = () => agencies.FindByName("应急局");

        find.Should().Throw<AmbiguousNameException>()
            .Which.Candidates.Select(c => c.Id).Should().Equal(bureau.Id, commission.Id);
        agencies.MatchByName("市应急局").Select(a => a.Id).Should().Equal(bureau.Id, commission.Id);
        agencies.Resolve(commission.Id)!.Id.Should().Be(commission.Id);
    }

    [Fact]
    public void Places_FindByName_AnAliasTwoPlacesShare_ListsBoth()
    {
        var keqiao = Data.Places.Find("keqiao")!;
        var other = Data.Places.Find("keyan-subdistrict")! with { Aliases = ["柯桥"] };
        var places = new PlaceCollection([keqiao, other]);

        var find = () => places.FindByName("柯桥");

        find.Should().Throw<AmbiguousNameException>()
            .Which.Candidates.Select(c => c.Id).Should().Equal("keqiao", "keyan-subdistrict");
    }
}
