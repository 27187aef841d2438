namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary>A reader without Chinese finds bodies, people and places by their English names and pinyin.</summary>
public sealed class EnglishNameLookupTests
{
    [Theory]
    [InlineData("Zhuji", "诸暨市")]
    [InlineData("Sheng Yuechun", "盛阅春")]
    [InlineData("shengyuechun", "盛阅春")]
    [InlineData("Emergency Management Bureau", "绍兴市应急管理局")]
    [InlineData("Kēqiáo Qū", "柯桥区")]
    [InlineData("keqiaoqu", "柯桥区")]
    [InlineData("Keqiao District", "柯桥区")]
    [InlineData("Shèng Yuèchūn", "盛阅春")]
    [InlineData("person-01", "盛阅春")]
    [InlineData("emergency-management-bureau", "绍兴市应急管理局")]
    [InlineData("Shàoxīng Shì Yìngjí Guǎnlǐ Jú", "绍兴市应急管理局")]
    [InlineData("shaoxingshiyingjiguanliju", "绍兴市应急管理局")]
    [InlineData("SHAOXING YINHANG GUFEN YOUXIAN GONGSI", "绍兴银行股份有限公司")]
    public void About_EnglishNameOrPinyin_AnswersForTheRecord(string name, string chinese)
    {
        var (code, output, error) = CliRunner.Run("about", name);

        code.Should().Be(0, error);
        output.Should().Contain(chinese);
    }

    [Fact]
    public void People_Pinyin_ShowsThePersonWithTheirPinyin()
    {
        var (code, output, error) = CliRunner.Run("people", "Zhang Yongming");

        code.Should().Be(0, error);
        output.Should().Contain("张永明").And.Contain("Zhang Yongming").And.Contain("1 person");
    }

    [Theory]
    [InlineData("Shèng Yuèchūn", "盛阅春")]
    [InlineData("person-01", "盛阅春")]
    public void People_PinyinWithToneMarksOrId_ShowsThePerson(string name, string chinese)
    {
        var (code, output, error) = CliRunner.Run("people", name);

        code.Should().Be(0, error);
        output.Should().Contain(chinese).And.Contain("1 person");
    }

    [Fact]
    public void Agencies_EnglishName_ShowsTheBody()
    {
        var (code, output, error) = CliRunner.Run("agencies", "Emergency Management Bureau");

        code.Should().Be(0, error);
        output.Should().Contain("Shaoxing Municipal Emergency Management Bureau").And.Contain("市应急局");
    }

    [Theory]
    [InlineData("Shàoxīng Shì Yìngjí Guǎnlǐ Jú", "绍兴市应急管理局")]
    [InlineData("shao xing shi ying ji guan li ju", "绍兴市应急管理局")]
    [InlineData("Zhongguo Gongshang Yinhang", "中国工商银行")]
    public void Agencies_Pinyin_ShowsTheBody(string pinyin, string chinese)
    {
        var (code, output, error) = CliRunner.Run("agencies", pinyin);

        code.Should().Be(0, error);
        output.Should().Contain(chinese);
    }

    [Fact]
    public void Agencies_PinyinOfAnotherReading_FindsNothing()
    {
        var (code, _, error) = CliRunner.Run("agencies", "Zhongguo Gongshang Yinxing");

        code.Should().NotBe(0);
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Agencies_List_ShowsEveryEnglishName()
    {
        using var writer = new StringWriter();
        CliApp.Run(["agencies"], writer, TextWriter.Null, new Rendering.TerminalSize(400, IsTerminal: false));
        var output = writer.ToString();

        output.Should().Contain("English name").And.Contain("Shaoxing Municipal Development and Reform Commission");
    }

    [Fact]
    public void Who_BodyByEnglishName_FindsTheHolders()
    {
        var (code, output, error) = CliRunner.Run("who", "局长", "Transport Bureau");
        var (_, chinese, _) = CliRunner.Run("who", "局长", "市交通运输局");

        code.Should().Be(0, error);
        output.Should().Be(chinese).And.Contain("张永明");
    }
}
