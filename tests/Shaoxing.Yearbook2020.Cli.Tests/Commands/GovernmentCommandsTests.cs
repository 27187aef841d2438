namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class GovernmentCommandsTests
{
    [Fact]
    public void Meetings_InJuly_ListsTheFourMeetings()
    {
        var (code, output, _) = CliRunner.Run("meetings", "--month", "7");

        code.Should().Be(0);
        output.Should().Contain("4 meetings").And.Contain("executive-76").And.Contain("executive-78").And.Contain("plenary-08");
    }

    [Fact]
    public void Meetings_ByAgencyAndKind_ListsTheEmergencyBureausDrafts()
    {
        var (code, output, _) = CliRunner.Run("meetings", "--agency", "市应急管理局", "--item-kind", "drafting");

        code.Should().Be(0);
        output.Should().Contain("2 agenda items").And.Contain("executive-71-04").And.Contain("executive-74-08");
    }

    [Fact]
    public void Meetings_ByPresenterAndDocument()
    {
        CliRunner.Run("meetings", "--presenter", "孙永国").Output.Should().Contain("4 agenda items");
        CliRunner.Run("meetings", "--document", "物业管理条例").Output.Should().Contain("executive-77-02");
        // 安全生产: one agenda item in each of the 68th, 71st, 72nd, 74th, 77th, 78th, 82nd and 83rd executive meetings.
        var mentioning = CliRunner.Run("meetings", "--mentioning", "安全生产").Output;
        mentioning.Should().Contain("8 agenda items").And.Contain("executive-68-04").And.Contain("executive-83-06");
        CliRunner.Run("meetings", "--mentioning", " ").ExitCode.Should().Be(2);
        CliRunner.Run("meetings", "--from", "2020-12-01", "--to", "2020-12-31").Output.Should().Contain("3 meetings");
    }

    [Fact]
    public void Meeting_82_ShowsTheDuplicatedClause()
    {
        var (code, output, _) = CliRunner.Run("meeting", "82");

        code.Should().Be(0);
        output.Should().Contain("2020-09-29").And.Contain("repeats executive-82-03").And.Contain("裘凯音");
    }

    [Fact]
    public void Agencies_ListsAll_AndShowsOneByShortName()
    {
        CliRunner.Run("agencies").Output.Should().Contain("general-office").And.Contain("big-data-bureau");
        var (code, output, _) = CliRunner.Run("agencies", "市建设局");
        code.Should().Be(0);
        output.Should().Contain("绍兴市住房和城乡建设局").And.Contain("毛红卫");
    }

    [Fact]
    public void PeopleAndWho_AnswerTheTransportBureauQuestion()
    {
        CliRunner.Run("people", "张永明").Output.Should().Contain("市交通运输局党委书记").And.Contain("2020-08-14");
        CliRunner.Run("who", "局长", "市交通运输局", "--date", "2020-12-16").Output.Should().Contain("张永明 was 局长");
        CliRunner.Run("who", "局长", "市交通运输局", "--date", "2020-04-21").Output.Should().Contain("does not say");
    }

    [Theory]
    [InlineData("meetings", "--month", "13")]
    [InlineData("meetings", "--from", "yesterday")]
    [InlineData("meetings", "--kind", "secret")]
    [InlineData("meetings", "--item-kind", "gossip")]
    [InlineData("meeting", "90")]
    [InlineData("who", "局长", "市宇宙局")]
    public void BadFilters_ExitTwoWithAMessage(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        code.Should().Be(2);
        error.Should().StartWith("error: ");
    }

    [Fact]
    public void UnknownNames_SuggestTheClosestMatches()
    {
        var agency = CliRunner.Run("agencies", "市交通局");
        agency.ExitCode.Should().Be(2);
        agency.Error.Should().Contain("Did you mean").And.Contain("市交通运输局");

        var person = CliRunner.Run("meetings", "--presenter", "张永");
        person.ExitCode.Should().Be(2);
        person.Error.Should().Contain("张永明");
        CliRunner.Run("people", "无名氏").ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("中国社会科学院", "national-body")]
    [InlineData("浙江省人民政府", "provincial-body")]
    [InlineData("市建设局", "working-department")]
    public void Agencies_BodyOfAnyKind_ShowsItsKindAsTheDataWritesIt(string name, string kind)
    {
        var (code, output, _) = CliRunner.Run("agencies", name);

        code.Should().Be(0);
        output.Should().Contain(kind);
    }
}
