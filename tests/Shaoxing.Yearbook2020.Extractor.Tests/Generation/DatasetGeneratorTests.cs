using Shaoxing.Yearbook2020.Extractor.Coverage;
using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Generation;

public sealed class DatasetGeneratorTests
{
    [Fact]
    public void Check_CommittedData_IsExactlyWhatTheGeneratorMakes()
    {
        var differences = DatasetGenerator.Check(RepositoryPaths.Seeds, RepositoryPaths.Data);

        differences.Should().BeEmpty($"the committed JSON must be regenerated with `{Shaoxing.Yearbook2020.Extractor.Commands.GenerateCommand.RegenerateCommandLine}`:\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Make_TwiceInARow_GivesTheSameBytes()
    {
        var first = DatasetGenerator.Make(RepositoryPaths.Seeds, TestContext.Current.CancellationToken);
        var second = DatasetGenerator.Make(RepositoryPaths.Seeds, TestContext.Current.CancellationToken);

        first.Keys.Should().Equal(second.Keys);
        foreach (var name in first.Keys)
        {
            first[name].Should().Equal(second[name], name);
        }
    }

    [Fact]
    public void Make_WritesUtf8WithNewlineEnds_AndNoEscapedChinese()
    {
        var files = DatasetGenerator.Make(RepositoryPaths.Seeds, TestContext.Current.CancellationToken);
        var entries = System.Text.Encoding.UTF8.GetString(files["entries.json"]);

        entries.Should().Contain("市政府常务会议").And.NotContain("\\u").And.NotContain("\r").And.EndWith("]\n");
    }

    [Fact]
    public void Check_ChangedFile_NamesItAndItsFirstDifferentLine()
    {
        using var data = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(data.Path, "sections.json");
        var lines = File.ReadAllLines(path);
        lines[4] = lines[4].Replace("综述", "综合", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        File.WriteAllText(Path.Combine(data.Path, "stray.json"), "[]");
        File.Delete(Path.Combine(data.Path, "captions.json"));

        var differences = DatasetGenerator.Check(RepositoryPaths.Seeds, data.Path);

        differences.Should().ContainSingle(d => d.FileName == "sections.json").Which.Line.Should().Be(5);
        differences.Should().ContainSingle(d => d.FileName == "stray.json" && d.Expected == null);
        differences.Should().ContainSingle(d => d.FileName == "captions.json" && d.Actual == null);
    }

    [Fact]
    public void Generate_IntoAFolder_WritesEveryFile_LeavesNoStagingFolder_AndRemovesDataItsManifestListed()
    {
        using var parent = new TempDirectory();
        var data = Path.Combine(parent.Path, "Data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "old.json"), "[]");
        File.WriteAllText(Path.Combine(data, "dataset.json"), """{"files":[{"name":"old.json"}]}""");
        File.WriteAllText(Path.Combine(data, "Loader.cs"), "// code lives here too");

        var written = DatasetGenerator.Generate(RepositoryPaths.Seeds, data, TestContext.Current.CancellationToken);

        written.Select(f => f.Name).Where(n => !n.EndsWith(".tsv", StringComparison.Ordinal))
            .Should().Equal(Directory.EnumerateFiles(data, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        File.Exists(Path.Combine(data, CueSentences.FileName)).Should().BeTrue("the unread report is written beside the data");
        File.Exists(Path.Combine(data, Extractor.English.UntranslatedTexts.FileName)).Should().BeTrue("the untranslated report is written beside the data");
        File.Exists(Path.Combine(data, "Loader.cs")).Should().BeTrue();
        Directory.EnumerateDirectories(parent.Path).Should().ContainSingle();
        DatasetGenerator.Check(RepositoryPaths.Seeds, data).Should().BeEmpty();
    }

    [Fact]
    public void Generate_FromASeedFolderWithBrokenCorrections_WritesNothing()
    {
        using var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        File.WriteAllText(Path.Combine(seeds.Path, "corrections.json"), """[{"id":"x","kind":"replace","line":5,"original":"不存在的文字","corrected":"y","reason":"a test reason"}]""");
        using var data = new TempDirectory();

        var generate = () => DatasetGenerator.Generate(seeds.Path, data.Path);

        generate.Should().Throw<ExtractorException>().Which.Line.Should().Be(5);
        Directory.EnumerateFileSystemEntries(data.Path).Should().BeEmpty();
    }

    [Fact]
    public void Generate_FromACopyWithAChangedFactAndAnExtraLine_WritesItAndBoundsLinesByThatSeed()
    {
        using var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        var seedFile = Path.Combine(seeds.Path, Path.GetFileName(RepositoryPaths.SeedFile));
        var text = File.ReadAllText(seedFile);
        File.WriteAllText(seedFile, text.Replace("退役军人盛文斌在", "退役军人盛文武在", StringComparison.Ordinal) + "\n");
        using var data = new TempDirectory();

        DatasetGenerator.Generate(seeds.Path, data.Path, TestContext.Current.CancellationToken);

        File.ReadAllText(Path.Combine(data.Path, "honours.json")).Should().Contain("\"recipient\": \"盛文武\"").And.NotContain("盛文斌");
        var manifest = File.ReadAllText(Path.Combine(data.Path, "dataset.json"));
        manifest.Should().Contain($"\"seedLineCount\": {text.Split('\n').Length + 1}");
        var load = () => Yearbook.Load(data.Path);
        load.Should().Throw<YearbookDataException>("a user's Load still accepts only the embedded seed")
            .Which.Message.Should().Contain("not the seed this package embeds");
    }

    [Theory]
    [InlineData(0, "not the seed it is checked against")]
    [InlineData(1, "seed lines, but the seed it names has")]
    public void LoadAgainstASeed_AnotherSeedsHashOrLineCount_IsRefused(int change, string reason)
    {
        var files = DatasetGenerator.Make(RepositoryPaths.Seeds, TestContext.Current.CancellationToken);
        var seed = SeedInputs.FromDirectory(RepositoryPaths.Seeds).Seed;
        var expected = change == 0
            ? new Data.SeedIdentity(new string('0', 64), seed.LineCount)
            : new Data.SeedIdentity(seed.Sha256, seed.LineCount + 1);

        var load = () => Yearbook.Load(new Data.InMemoryDataFileSource(files), expected);

        load.Should().Throw<YearbookDataException>().Which.Message.Should().Contain(reason);
    }
}
