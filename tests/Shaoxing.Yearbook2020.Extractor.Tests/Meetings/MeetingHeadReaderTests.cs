using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Meetings;

public sealed class MeetingHeadReaderTests
{
    [Theory]
    [InlineData("八届市政府第七十三次常务会议5月13日召开。会议听取", 2020, 5, 13)] // as line 53 prints it
    [InlineData("八届市政府第七十三次常务会议2021年5月13日召开。会议听取", 2021, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议于5月13日召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月13日上午召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月13日(星期三)下午召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月13日晚上(周三)召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议５月１３日（星期三）召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月13日至14日召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月13—14日召开。会议听取", 2020, 5, 13)]
    [InlineData("八届市政府第七十三次常务会议5月31日至6月1日召开。会议听取", 2020, 5, 31)]
    [InlineData("八届市政府第七十三次常务会议5月13日上午9时在市行政中心召开。会议听取", 2020, 5, 13)]
    [InlineData("5月13日,八届市政府第七十三次常务会议召开。会议听取", 2020, 5, 13)]
    [InlineData("2020年5月13日,八届市政府第七十三次常务会议在市行政中心举行。会议听取", 2020, 5, 13)]
    [InlineData("5月13日上午,市政府召开八届市政府第七十三次常务会议。会议听取", 2020, 5, 13)]
    public void Read_AnExecutiveHeadInAnyFamily_GivesNumberAndDate(string paragraph, int year, int month, int day)
    {
        var head = MeetingHeadReader.Read(paragraph, MeetingKind.Executive, 2020, 1);

        head.Should().NotBeNull();
        (head!.Term, head.Number, head.Date).Should().Be((8, 73, new DateOnly(year, month, day)));
        paragraph[head.Length..].Should().Be("听取");
    }

    [Theory]
    [InlineData("八届市政府七次全体会议4月30日举行。主要任务是部署工作。市长讲话", "ordinal-date")] // as line 29 prints it
    [InlineData("八届市政府七次全体会议4月30日(星期四)上午举行。会议主要任务是部署工作。市长讲话", "ordinal-date")]
    [InlineData("4月30日,八届市政府七次全体会议举行。主要任务是部署工作。市长讲话", "date-ordinal")]
    [InlineData("4月30日下午,市政府召开八届市政府第七次全体会议。主要任务是部署工作。市长讲话", "date-convened")]
    public void Read_APlenaryHeadInAnyFamily_GivesItsPurpose(string paragraph, string family)
    {
        var head = MeetingHeadReader.Read(paragraph, MeetingKind.Plenary, 2020, 1);

        head.Should().NotBeNull();
        (head!.Number, head.Date, head.Purpose, head.Family).Should().Be((7, new DateOnly(2020, 4, 30), "部署工作", family));
    }

    [Fact]
    public void Read_ADateThatDoesNotExist_FailsNamingTheLine()
    {
        var read = () => MeetingHeadReader.Read("八届市政府第七十三次常务会议2月30日召开。会议听取", MeetingKind.Executive, 2020, 53);

        read.Should().Throw<ExtractorException>().Which.Line.Should().Be(53);
    }

    [Theory]
    [InlineData("八届市政府第七十三次常务会议五月十三日召开。会议听取", "reads ordinal but not the date")]
    [InlineData("市政府第七十三次常务会议5月13日召开。会议听取", "reads none")]
    public void Closest_AnUnreadHead_NamesHowFarTheBestFamilyRead(string paragraph, string reading)
    {
        MeetingHeadReader.Read(paragraph, MeetingKind.Executive, 2020, 1).Should().BeNull();

        MeetingHeadReader.Closest(paragraph, MeetingKind.Executive).Should().Contain(reading);
    }
}
