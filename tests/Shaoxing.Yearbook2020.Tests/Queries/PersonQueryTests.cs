namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class PersonQueryTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void HolderOn_TransportBureauHead_AnswersForEveryMeetingDate()
    {
        // From the text: 杨建根 is seen as 局长 on 2月27日 only; 张永明 as 局长 from 8月14日 to 12月16日.
        // Between those sightings (and on 1月19日) the text does not say who was 局长.
        foreach (var date in Data.Meetings.Select(m => m.Date))
        {
            var expected = date == new DateOnly(2020, 2, 27) ? "杨建根"
                : date >= new DateOnly(2020, 8, 14) ? "张永明"
                : null;

            Data.People.HolderOn("局长", "市交通运输局", date)?.Name.Should().Be(expected, date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            if (expected is null)
            {
                Data.People.HolderOn("局长", "市交通运输局", date).Should().BeNull();
            }
        }
    }

    [Fact]
    public void HoldersInMonth_FebruaryAndDecember()
    {
        Data.People.HoldersInMonth("局长", "市交通运输局", 2).Select(p => p.Name).Should().Equal("杨建根");
        Data.People.HoldersInMonth("局长", "交通运输局", 12).Select(p => p.Name).Should().Equal("张永明");
        Data.People.HoldersInMonth("局长", "市交通运输局", 4).Should().BeEmpty();
    }

    [Fact]
    public void FindByName_IgnoresSpaces()
    {
        Data.People.FindByName("王 奇洲")!.Appointments.Should().HaveCount(2);
        Data.People.FindByName("无名氏").Should().BeNull();
    }

    [Theory]
    [InlineData("Sheng Yuechun", "盛阅春")]
    [InlineData("shengyuechun", "盛阅春")]
    [InlineData("SHENG  YUECHUN", "盛阅春")]
    [InlineData("Shèng Yuèchūn", "盛阅春")]
    [InlineData("Zhang Yongming", "张永明")]
    [InlineData("Lü Bing", "吕丙")]
    [InlineData("Lu Bing", "吕丙")]
    [InlineData("lv bing", "吕丙")]
    [InlineData("Miao Zhiyong", "缪智勇")]
    [InlineData("Zheng Shanjie", "郑栅洁")]
    public void FindByName_PinyinInAnyCaseSpacingOrTones_FindsThePerson(string pinyin, string name)
    {
        Data.People.FindByName(pinyin)!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Sheng")]
    [InlineData("Yuechun")]
    [InlineData("Sheng Yue")]
    public void FindByName_PartOfAName_FindsNoOne(string part)
    {
        Data.People.FindByName(part).Should().BeNull();
    }

    [Fact]
    public void Pinyin_EveryPerson_IsSurnameThenGivenNameWithoutToneMarks()
    {
        Data.People.Should().OnlyContain(p => System.Text.RegularExpressions.Regex.IsMatch(p.Pinyin, "^[A-Z][a-zü']+( [A-Z][a-zü']+)?$"));
        Data.People.FindByName("盛阅春")!.Pinyin.Should().Be("Sheng Yuechun");
        Data.People.FindByName("缪智勇")!.Pinyin.Should().Be("Miao Zhiyong", "缪 is read miào as a surname");
        Data.People.FindByName("习近平")!.Pinyin.Should().Be("Xi Jinping");
    }
}
