using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Corrections;

public sealed class LineEditorTests
{
    [Fact]
    public void Apply_Replacement_ChangesOnlyItsLine()
    {
        var seed = TestSeeds.Of("市交诵运输局", "交诵");
        Correction[] fixes = [new() { Id = "f", Kind = CorrectionKind.Replace, Line = 1, Original = "交诵", Corrected = "交通", Reason = "OCR misread" }];

        var edited = LineEditor.Apply(seed, fixes);

        edited.Lines.Should().Equal("市交通运输局", "交诵");
        seed.Lines[0].Should().Be("市交诵运输局", "the seed itself is never edited");
    }

    [Fact]
    public void Apply_ReplacementWhoseOriginalIsNotOnItsLine_ThrowsNamingTheLine()
    {
        var seed = TestSeeds.Of("一", "二");
        Correction[] fixes = [new() { Id = "f", Kind = CorrectionKind.Replace, Line = 2, Original = "三", Corrected = "四", Reason = "test reason" }];

        var apply = () => LineEditor.Apply(seed, fixes);

        apply.Should().Throw<ExtractorException>().Where(e => e.Line == 2 && e.Message.Contains('三'));
    }

    [Fact]
    public void Apply_CorrectionBeyondTheSeed_ThrowsNamingTheLine()
    {
        var seed = TestSeeds.Of("一");
        Correction[] fixes = [new() { Id = "f", Kind = CorrectionKind.RemoveLine, Line = 9, Reason = "test reason" }];

        var apply = () => LineEditor.Apply(seed, fixes);

        apply.Should().Throw<ExtractorException>().Which.Line.Should().Be(9);
    }

    [Fact]
    public void Apply_RemoveLine_EmptiesIt_WhenItReadsAsExpected()
    {
        var seed = TestSeeds.Of("正文", "经 年 经 29");
        Correction[] fixes = [new() { Id = "f", Kind = CorrectionKind.RemoveLine, Line = 2, Original = "经 年 经 29", Reason = "page furniture" }];

        LineEditor.Apply(seed, fixes).Lines.Should().Equal("正文", string.Empty);
    }

    [Fact]
    public void CuratedFile_ParsesAndEveryRowApplies()
    {
        var corrections = CorrectionFile.Parse(File.ReadAllBytes(Path.Combine(Shaoxing.Yearbook2020.Testing.RepositoryPaths.Seeds, "corrections.json")));
        var seed = Shaoxing.Yearbook2020.Extractor.Text.SeedDocument.FromBytes("seed", File.ReadAllBytes(Shaoxing.Yearbook2020.Testing.RepositoryPaths.SeedFile));

        corrections.Should().NotBeEmpty();
        var apply = () => LineEditor.Apply(seed, corrections);
        apply.Should().NotThrow();
    }

    [Fact]
    public void CorrectionFile_WithADuplicateId_IsRefused()
    {
        var json = """[{"id":"a","kind":"remove-line","line":1,"reason":"r"},{"id":"a","kind":"remove-line","line":2,"reason":"r"}]""";

        var parse = () => CorrectionFile.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        parse.Should().Throw<ExtractorException>().WithMessage("*'a'*");
    }

    [Fact]
    public void CorrectionFile_Malformed_IsRefusedWithItsLine()
    {
        var parse = () => CorrectionFile.Parse("[{\"id\":"u8.ToArray());

        parse.Should().Throw<ExtractorException>().WithMessage("*corrections.json*");
    }
}
