using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed partial class AgencyTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Pinyin_OfEveryBody_HasOneSyllablePerChineseCharacterOfItsName()
    {
        Data.Agencies.Should().HaveCount(168);
        foreach (var agency in Data.Agencies)
        {
            var characters = agency.Name.Count(c => c is >= '\u3400' and <= '\u9FFF');
            agency.Pinyin.Split(' ').Should().HaveCount(characters, $"{agency.Name} is read '{agency.Pinyin}'");
        }
    }

    [Theory]
    [InlineData("绍兴银行股份有限公司", "shào xīng yín háng gǔ fèn yǒu xiàn gōng sī")]              // 行 háng in 银行
    [InlineData("中国工商银行", "zhōng guó gōng shāng yín háng")]
    [InlineData("绍兴市综合行政执法局", "shào xīng shì zōng hé xíng zhèng zhí fǎ jú")]           // 行 xíng in 行政
    [InlineData("绍兴市应急管理局", "shào xīng shì yìng jí guǎn lǐ jú")]                         // 应 yìng in 应急
    [InlineData("应急管理部救援协调局", "yìng jí guǎn lǐ bù jiù yuán xié tiáo jú")]              // 调 tiáo in 协调
    [InlineData("绍兴市推动长江经济带发展领导小组办公室", "shào xīng shì tuī dòng cháng jiāng jīng jì dài fā zhǎn lǐng dǎo xiǎo zǔ bàn gōng shì")]
    [InlineData("中国电子学会", "zhōng guó diàn zǐ xué huì")]
    [InlineData("嵊州市经济开发区(浦口街道)应急管理局", "shèng zhōu shì jīng jì kāi fā qū pǔ kǒu jiē dào yìng jí guǎn lǐ jú")]
    public void Pinyin_ACharacterOfSeveralReadings_IsReadAsItsWordReadsIt(string name, string pinyin)
    {
        Data.Agencies.FindByName(name)!.Pinyin.Should().Be(pinyin);
    }

    [Fact]
    public void Listed_AreThe32MunicipalBodies_InTheOrderOfTheText()
    {
        // Line 7, typed from the seed: the general office and 31 working departments.
        string[] expected =
        [
            "绍兴市人民政府办公室", "绍兴市发展和改革委员会", "绍兴市经济和信息化局", "绍兴市教育局", "绍兴市科学技术局",
            "绍兴市公安局", "绍兴市民政局", "绍兴市司法局", "绍兴市财政局", "绍兴市人力资源和社会保障局", "绍兴市自然资源和规划局",
            "绍兴市生态环境局", "绍兴市住房和城乡建设局", "绍兴市交通运输局", "绍兴市水利局", "绍兴市农业农村局", "绍兴市商务局",
            "绍兴市文化广电旅游局", "绍兴市卫生健康委员会", "绍兴市退役军人事务局", "绍兴市应急管理局", "绍兴市审计局",
            "绍兴市人民政府外事办公室", "绍兴市人民政府国有资产监督管理委员会", "绍兴市市场监督管理局", "绍兴市人民政府金融工作办公室",
            "绍兴市体育局", "绍兴市统计局", "绍兴市医疗保障局", "绍兴市人民防空办公室", "绍兴市综合行政执法局", "绍兴市大数据发展管理局",
        ];

        var listed = Data.Agencies.Listed();

        listed.Select(a => a.Name).Should().Equal(expected);
        listed.Select(a => a.Position).Should().Equal(Enumerable.Range(1, 32).Select(i => (int?)i));
        listed[0].Kind.Should().Be(AgencyKind.GeneralOffice);
        listed.Skip(1).Should().OnlyContain(a => a.Kind == AgencyKind.WorkingDepartment);
    }

    [Theory]
    [InlineData("development-reform-commission", "绍兴市粮食和物资储备局")]
    [InlineData("economy-information-bureau", "绍兴市中小企业局")]
    [InlineData("justice-bureau", "绍兴市行政复议局")]
    [InlineData("natural-resources-planning-bureau", "绍兴市林业局")]
    [InlineData("culture-radio-tv-tourism-bureau", "绍兴市文物局")]
    [InlineData("foreign-affairs-office", "绍兴市人民政府港澳事务办公室")]
    [InlineData("market-regulation-bureau", "绍兴市知识产权局")]
    [InlineData("civil-air-defence-office", "绍兴市民防局")]
    [InlineData("comprehensive-law-enforcement-bureau", "绍兴市城市管理局")]
    public void AdditionalNames_AreTheParenthesisedPlaques(string id, string additional)
    {
        Data.Agencies.Find(id)!.AdditionalNames.Should().Equal(additional);
    }

    [Fact]
    public void AdditionalNames_AreNineInAll()
    {
        Data.Agencies.SelectMany(a => a.AdditionalNames).Should().HaveCount(9);
    }

    [Theory]
    [InlineData("市发改委", "development-reform-commission")]
    [InlineData("市经信局", "economy-information-bureau")]
    [InlineData("市建设局", "housing-urban-rural-development-bureau")]
    [InlineData("市文广旅游局", "culture-radio-tv-tourism-bureau")]
    [InlineData("市人力社保局", "human-resources-social-security-bureau")]
    [InlineData("市卫生健康委", "health-commission")]
    [InlineData("市市场监管局", "market-regulation-bureau")]
    [InlineData("市综合执法局", "comprehensive-law-enforcement-bureau")]
    [InlineData("市医保局", "healthcare-security-bureau")]
    [InlineData("市外办", "foreign-affairs-office")]
    [InlineData("市国资委", "state-assets-commission")]
    [InlineData("市金融办", "financial-affairs-office")]
    [InlineData("市科技局", "science-technology-bureau")]
    [InlineData("市应急局", "emergency-management-bureau")]
    [InlineData("市政府办公室", "general-office")]
    [InlineData("市财投公司", "financial-holdings")]
    [InlineData("市金控公司", "financial-holdings")]
    [InlineData("市道安办", "road-safety-office")]
    [InlineData("市长江办", "yangtze-economic-belt-office")]
    [InlineData("市综合行政执法指导办公室", "law-enforcement-guidance-office")]
    public void ShortNames_UsedInTheText_BelongToOneAgency(string shortName, string id)
    {
        Data.Agencies.Find(id)!.ShortNames.Should().Contain(shortName);
        Data.Agencies.Where(a => a.ShortNames.Contains(shortName)).Should().ContainSingle();
    }

    [Fact]
    public void NoAgency_IsListedTwice()
    {
        Data.Agencies.Select(a => a.Name).Should().OnlyHaveUniqueItems();
        Data.Agencies.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        var allNames = Data.Agencies.SelectMany(a => a.ShortNames.Concat(a.AdditionalNames).Prepend(a.Name)).ToList();
        allNames.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void EveryAgency_QuotesItsNameOrAShortName()
    {
        foreach (var agency in Data.Agencies)
        {
            var raw = Regex.Replace(Yearbook.Quote(agency.Source), @"\s+", string.Empty);

            // A name the OCR damaged (市委全 而深化改革委员会办公室, line 190) is quoted as its listed correction repairs it.
            foreach (var fix in Data.Corrections.Where(c => c.Line >= agency.Source.Line && c.Line <= agency.Source.EndLine && c.Original is not null && c.Corrected is not null))
            {
                raw = raw.Replace(Regex.Replace(fix.Original!, @"\s+", string.Empty), Regex.Replace(fix.Corrected!, @"\s+", string.Empty), StringComparison.Ordinal);
            }

            agency.ShortNames.Prepend(agency.Name).Should().Contain(n => raw.Contains(n), agency.Id);
        }
    }

    [Theory]
    [InlineData("省应急管理厅", "zhejiang-emergency-management-department")] // line 373
    [InlineData("省消防救援总队", "zhejiang-fire-rescue-corps")]           // line 385
    [InlineData("团市委", "communist-youth-league-committee")]             // line 425
    [InlineData("国网绍兴公司", "state-grid-shaoxing")]                    // 表7, line 353
    public void BodiesThatConferOrNominate_AreAgencies(string name, string id) =>
        Data.Agencies.FindByName(name)!.Id.Should().Be(id);

    [Theory]
    [InlineData("party-publicity-department", AgencyKind.PartyOrgan)]
    [InlineData("water-governance-office", AgencyKind.CoordinationOffice)]
    [InlineData("rail-transit-group", AgencyKind.StateOwnedEnterprise)]
    [InlineData("science-association", AgencyKind.PublicInstitution)]
    [InlineData("binhai-new-area-committee", AgencyKind.DistrictGovernment)]
    [InlineData("postal-administration", AgencyKind.External)]
    [InlineData("municipal-government", AgencyKind.MunicipalGovernment)]
    [InlineData("chinese-academy-of-social-sciences", AgencyKind.NationalBody)]
    [InlineData("zhejiang-emergency-management-department", AgencyKind.ProvincialBody)]
    [InlineData("longsheng-dyestuff-chemical", AgencyKind.Company)]
    [InlineData("zhuji-blue-sky-rescue-volunteer-centre", AgencyKind.Association)]
    [InlineData("jiulong-rescue-team", AgencyKind.Team)]
    [InlineData("ciwu-town-government", AgencyKind.TownGovernment)]
    [InlineData("fire-rescue-detachment", AgencyKind.FireAndRescue)]
    [InlineData("binhai-fire-brigade", AgencyKind.FireAndRescue)]
    [InlineData("zhejiang-fire-rescue-corps", AgencyKind.FireAndRescue)]
    [InlineData("keqiao-work-safety-office", AgencyKind.CoordinationOffice)]
    [InlineData("zhuji-work-safety-office", AgencyKind.CoordinationOffice)]
    [InlineData("dagong-law-firm", AgencyKind.Company)]
    [InlineData("shaoxing-daily", AgencyKind.Media)]
    [InlineData("zhejiang-television", AgencyKind.Media)]
    [InlineData("shaoxing-news-broadcast", AgencyKind.MediaProgramme)]
    public void Kinds_ComeFromTheCuratedFile(string id, AgencyKind kind)
    {
        Data.Agencies.Find(id)!.Kind.Should().Be(kind);
        Data.Agencies.Find(id)!.EnglishName.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EnglishName_CompanyWithItsOwnEnglishName_IsThatName()
    {
        // 浙江五洲新春集团股份有限公司 trades in English as XCC.
        Data.Agencies.FindByName("浙江五洲新春集团股份有限公司")!.EnglishName.Should().Be("Zhejiang XCC Group Co., Ltd.");
    }

    [Fact]
    public void Kind_NoCountyLevelWorkSafetyOffice_IsTypedAsAGovernment()
    {
        Data.Agencies.Where(a => a.Name.EndsWith("安全生产委员会办公室", StringComparison.Ordinal)).Should().OnlyContain(a => a.Kind == AgencyKind.CoordinationOffice).And.HaveCount(7);
    }

    [Theory]
    [InlineData("绍兴新闻联播", "shaoxing-news-broadcast", AgencyKind.MediaProgramme, 255, 431)] // 《绍兴新闻联播》节目; …绍兴新闻联播、绍兴日报等媒体
    [InlineData("绍兴日报", "shaoxing-daily", AgencyKind.Media, 255, 431)]
    [InlineData("绍兴广播电台", "shaoxing-radio", AgencyKind.Media, 255, 255)]
    [InlineData("中国消防杂志网站", "china-fire-magazine-website", AgencyKind.Media, 431, 431)]
    [InlineData("凤凰网", "ifeng", AgencyKind.Media, 431, 431)]
    [InlineData("浙江电视台", "zhejiang-television", AgencyKind.Media, 431, 431)]
    public void Media_TheTextNames_AreBodiesLinkedFromEachMention(string name, string id, AgencyKind kind, int first, int last)
    {
        var medium = Data.Agencies.FindByName(name)!;

        (medium.Id, medium.Kind, medium.Source.Line).Should().Be((id, kind, first));
        medium.EnglishName.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        Data.Entries.SelectMany(e => e.NamedRecords).Where(l => l.TargetId == id).Select(l => l.Source.Line)
            .Should().Contain([first, last]);
    }

    [Theory]
    [InlineData("浙江省消防救援总队袍江训练基地", "paojiang", 311)]            // the place of the 首届社会应急力量技能竞赛
    [InlineData("中国建筑学会", null, 87)]                                    // parties of agreements in 《…》
    [InlineData("浙江省文化和旅游厅", "zhejiang", 41)]
    [InlineData("中国航天系统科学与工程研究院", null, 95)]
    [InlineData("华强方特集团", null, 81)]
    [InlineData("绍兴市人民检察院", "shaoxing", 196)]                        // 市检察院
    [InlineData("应急管理部救援协调局", null, 373)]
    public void Bodies_NamedBesideOthers_AreRecordsLinkedFromTheirMentions(string name, string? placeId, int line)
    {
        var body = Data.Agencies.FindByName(name)!;

        body.PlaceId.Should().Be(placeId);
        body.EnglishName.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        Data.Entries.SelectMany(e => e.NamedRecords).Should().Contain(l => l.TargetId == body.Id && l.Source.Line == line);
    }
}
