namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class SeedTableTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Tables_AreTable6AndTable7_WithTheirTitles()
    {
        Data.Tables.Select(t => (t.Number, t.Title, t.SectionId)).Should().Equal(
            (6, "绍兴市各地生产安全事故统计情况表", "s5"),
            (7, "2020绍兴最美应急人一览表", "s5"));
    }

    [Fact]
    public void Table6_HasThreeHeaderRowsAndSevenAreaRows()
    {
        var table = Data.Tables.Find("table-6")!;

        table.Rows.Should().HaveCount(10);
        table.Rows[3].Cells.Should().Equal("合计", "6", "6", "5", "5", "48", "36", "59", "-28.9%", "47", "-37.3%", "0", "0");
        table.Rows[^1].Cells[0].Should().Be("新昌县");
    }

    [Fact]
    public void Table7_HasItsHeader_TwoGroups_AndTwentyPeople_WithSpacesInNamesJoined()
    {
        var table = Data.Tables.Find("table-7")!;

        table.Rows.Should().HaveCount(23);
        table.Rows[0].Cells.Should().Equal("姓名", "工作单位", "推荐单位");
        table.Rows[4].Cells.Should().Equal("周焕", "绍兴市公用事业管理服务中心", "市综合执法局");
        table.Rows[12].Cells.Should().Equal(string.Empty, "应急救援组");
        table.Rows.Count(r => r.Cells.Length == 3).Should().Be(21);
    }
}
