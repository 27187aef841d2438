namespace Shaoxing.Yearbook2020.Tests.Model;

public sealed class SectionTests
{
    private static readonly Yearbook Data = Yearbook.Default;

    [Fact]
    public void Sections_AreTheSixOfTheChapter_InTextOrder()
    {
        Data.Sections.Select(s => s.Title).Should().Equal("综述", "市政府重要会议", "数据资源管理", "退役军人事务", "应急管理", null);
        Data.Sections.Select(s => s.Id).Should().Equal("s1", "s2", "s3", "s4", "s5", "s6");
    }

    [Fact]
    public void LastSection_HasNoPrintedTitle_AndSaysItsTitleIsInferred()
    {
        var last = Data.Sections[5];

        last.Title.Should().BeNull("the text has no title line before line 437");
        last.InferredTitle.Should().Be("政务服务");
        Data.Corrections.Should().ContainSingle(c => c.Kind == Shaoxing.Yearbook2020.Model.CorrectionKind.InferSection && c.Line == 437);
    }

    [Fact]
    public void Sections_HoldTheEntriesCountedInTheText()
    {
        // Counted by hand from the seed: 综述 6, 会议 2, 数据资源 17, 退役军人 15, 应急管理 48, 政务服务 5.
        Data.Sections.Select(s => s.EntryIds.Length).Should().Equal(6, 2, 17, 15, 48, 5);
    }

    [Theory]
    [InlineData("s2", "市政府办公室", 105)]
    [InlineData("s3", "市大数据局", 172)]
    [InlineData("s4", "市退役军人事务局", 222)]
    [InlineData("s5", "市应急局、市消防救援支队", 433)]
    [InlineData("s6", "市政务服务办", 457)]
    public void Section_Provider_IsTheProvidedByLine(string id, string provider, int line)
    {
        var section = Data.Sections.Find(id)!;

        section.Provider.Should().Be(provider);
        section.ProviderSource!.Line.Should().Be(line);
        Yearbook.Quote(section.ProviderSource).Should().Contain("提供");
    }

    [Fact]
    public void FirstSection_HasNoProviderLine()
    {
        Data.Sections[0].Provider.Should().BeNull();
    }

    [Fact]
    public void Entries_AreGroupedUnderTheSectionWhoseLinesHoldTheirHeading()
    {
        foreach (var section in Data.Sections)
        {
            foreach (var entry in Data.Entries.InSection(section.Id))
            {
                entry.Source.Line.Should().BeInRange(section.Source.Line, section.Source.EndLine, $"entry {entry.Id} is in {section.Id}");
            }

            Data.Entries.InSection(section.Id).Select(e => e.Id).Should().Equal(section.EntryIds);
        }
    }
}
