namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class AgencyQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    [InlineData("绍兴市发展和改革委员会")]
    [InlineData("绍兴市粮食和物资储备局")]
    [InlineData("市发改委")]
    [InlineData("发改委")]
    [InlineData("绍兴市发改委")]
    [InlineData(" 市 发改委 ")]
    public void FindByName_AcceptsFullAdditionalAndShortNames(string name)
    {
        Data.Agencies.FindByName(name)!.Id.Should().Be("development-reform-commission");
    }

    [Fact]
    public void FindByName_UnknownGivesNull_AndBadInputThrows()
    {
        Data.Agencies.FindByName("市宇宙局").Should().BeNull();
        ((Action)(() => Data.Agencies.FindByName(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.Agencies.FindByName("  "))).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void ClosestTo_SuggestsAgenciesSharingCharacters()
    {
        Data.Agencies.ClosestTo("市交通局").Should().Contain(a => a.Id == "transport-bureau");
    }
}
