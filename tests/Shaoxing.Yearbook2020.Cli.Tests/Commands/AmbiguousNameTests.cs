using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary>
/// A name that fits several bodies or people is refused with the candidates' ids and names (exit 2), and each candidate
/// is then found by its id. The committed data has no such name, so a copy of it is given one.
/// </summary>
public sealed class AmbiguousNameTests
{
    // 市应急局 is the emergency management bureau's short name; the copy gives it to the development and reform commission too.
    private static TempDirectory SharedShortName() =>
        EditedData.With("agencies.json", agencies =>
            agencies.Single(a => a!["shortNames"]!.AsArray().Any(n => (string?)n == "市发改委"))!["shortNames"]!.AsArray().Add("市应急局"));

    // 张永明's pinyin given to 盛阅春 as well: two people read alike.
    private static TempDirectory SharedPinyin() =>
        EditedData.With("people.json", people => people.Single(p => (string?)p!["name"] == "盛阅春")!["pinyin"] = "Zhang Yongming");

    [Theory]
    [InlineData("agencies", "市应急局")]
    [InlineData("about", "市应急局")]
    [InlineData("who", "局长", "市应急局")]
    public void Command_AShortNameTwoBodiesShare_ListsTheCandidatesAndExitsTwo(params string[] args)
    {
        using var data = SharedShortName();

        var (code, output, error) = CliRunner.Run([.. args, "--data", data.Path]);

        code.Should().Be(2, output);
        error.Should().Contain("fits 2 records").And.Contain("emergency-management-bureau (绍兴市应急管理局)")
            .And.Contain("development-reform-commission (绍兴市发展和改革委员会)");
    }

    [Theory]
    [InlineData("people", "Zhang Yongming")]
    [InlineData("about", "zhang yongming")]
    public void Command_APinyinTwoPeopleShare_ListsTheCandidatesAndExitsTwo(params string[] args)
    {
        using var data = SharedPinyin();

        var (code, output, error) = CliRunner.Run([.. args, "--data", data.Path]);

        code.Should().Be(2, output);
        error.Should().Contain("person-01 (盛阅春)").And.Contain("person-40 (张永明)");
    }

    [Fact]
    public void People_ACandidatesId_FindsThatPerson()
    {
        using var data = SharedPinyin();

        var (code, output, error) = CliRunner.Run("people", "person-40", "--data", data.Path);

        code.Should().Be(0, error);
        output.Should().Contain("张永明").And.Contain("1 person");
    }
}
