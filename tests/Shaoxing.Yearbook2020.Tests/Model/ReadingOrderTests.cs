namespace Shaoxing.Yearbook2020.Tests.Model;

/// <summary>Text printed out of reading order ends up in its own entry, and only there.</summary>
public sealed class ReadingOrderTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Theory]
    // A tail printed after a photo caption (lines 142-144) goes back to its entry.
    [InlineData("上线6518个。收件管控事项对接完成762个。", "政务服务平台迭代升级")]
    // A tail printed after a caption with an inline credit (line 216).
    [InlineData("举行绍兴市2020年退役士兵返乡欢迎仪式暨就业专场招聘活动。", "退役士兵返乡欢迎仪式暨就业专场招聘活动")]
    // A tail printed before its entry's heading (line 220, heading at 224).
    [InlineData("首批入驻创业园及首期参加培训的退役军人,部分自主就业退役士兵代表参加会议。", "绍兴市退役军人学院成立")]
    // A tail printed after a caption (line 317) in the emergency-supplies entry.
    [InlineData("专项深化明确公路(高速公路)、铁路、水上等三大运输渠道", "应急物资增储")]
    // A tail printed after 表7 (lines 339-365).
    [InlineData("上虞区政府相关领导和中国化学品安全协会相关负责人等出席大会", "中国化学品安全协会硝化分会成立")]
    // A body printed before its heading (line 403, heading at 405) …
    [InlineData("2020年,绍兴市消防救援支队推动乡镇专职消防队\"四个平台\"", "乡镇专职消防队\"四个平台\"建设")]
    // … whose tail is printed after the next entry's heading (line 409, heading at 407).
    [InlineData("237家重点单位微型消防站和企业专职队配备互联网对讲机。", "乡镇专职消防队\"四个平台\"建设")]
    // That next entry's own text continues after a caption (line 417).
    [InlineData("2020年,绍兴市消防救援支队针对辖区事故特点", "消防救援专业队建设")]
    // A tail printed after a caption (line 447) in the last section.
    [InlineData("已建成\"示范型\"便民服务中心46家", "\"15分钟政务服务圈\"建设")]
    // Page furniture (line 429) taken out of a slogan.
    [InlineData("以\"关注消防生命至上\"为主题", "消防宣传月活动")]
    public void MovedText_IsInItsOwnEntry_AndNowhereElse(string text, string heading)
    {
        var holders = Data.Entries.Where(e => e.Text.Contains(text, StringComparison.Ordinal)).ToList();

        holders.Should().ContainSingle().Which.Heading.Should().Be(heading);
    }

    [Fact]
    public void EntryAfterAMovedTail_StartsWithItsOwnText()
    {
        Data.Entries.WithHeading("消防救援专业队建设")[0].Text.Should().StartWith("2020年,绍兴市消防救援支队针对辖区事故特点");
        Data.Entries.WithHeading("\"智慧消防·智能防控\"平台建设")[0].Text.Should().EndWith("完善\"一库三网\"平台功效。");
    }

    [Fact]
    public void EveryMoveCorrection_NamesTheEntryThatReceivedTheText()
    {
        var moves = Data.Corrections.Where(c => c.Kind == Shaoxing.Yearbook2020.Model.CorrectionKind.Move).ToList();

        moves.Should().HaveCount(3);
        foreach (var move in moves)
        {
            var target = Data.Entries.Find(move.TargetEntryId!)!;
            target.Heading.Should().Be(move.TargetHeading);
            target.Segments.Should().Contain(s => s.Line == move.Line, $"{move.Id} moved line {move.Line}");
        }
    }
}
