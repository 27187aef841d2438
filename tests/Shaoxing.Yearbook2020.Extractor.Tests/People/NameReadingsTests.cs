using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.People;

public sealed class NameReadingsTests
{
    // Debian's unicode-data package (installed by .ci/run) holds the Unihan database.
    private const string UnihanReadings = "/usr/share/unicode/Unihan_Readings.txt.bz2";

    private static readonly NameReadings Committed = NameReadings.Parse(
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, NameReadings.FileName)),
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, NameReadings.UnihanFileName)));

    [Theory]
    [InlineData("盛阅春", "Sheng Yuechun")]
    [InlineData("吕丙", "Lü Bing")]
    [InlineData("缪智勇", "Miao Zhiyong")]
    [InlineData("郑栅洁", "Zheng Shanjie")]
    [InlineData("习近平", "Xi Jinping")]
    public void Romanize_NamesOfTheText_ReadAsGbT16159WritesThem(string name, string expected)
    {
        Committed.Romanize(name, 1).Should().Be(expected);
    }

    [Theory]
    [InlineData("单丁", "Shan Ding", "a surname read otherwise than its character (单 dān)")]
    [InlineData("欧阳丁", "Ouyang Ding", "a surname of two characters")]
    [InlineData("丁安", "Ding An", "a given name of one syllable")]
    [InlineData("丁西安", "Ding Xi'an", "an apostrophe before a syllable that starts with a vowel")]
    public void Romanize_RulesOfTheOrthography_Apply(string name, string expected, string rule)
    {
        var readings = With(
            ("丁", "dīng", "character"),
            ("单", "dān", "character"),
            ("西", "xī", "character"),
            ("安", "ān", "character"),
            ("单", "shàn", "surname"),
            ("欧阳", "ōuyáng", "surname"));

        readings.Romanize(name, 1).Should().Be(expected, rule);
    }

    [Fact]
    public void Romanize_CharacterWithoutAReading_ThrowsNamingItAndTheLine()
    {
        var readings = With(("丁", "dīng", "character"));

        var romanize = () => readings.Romanize("丁龘", 42);

        romanize.Should().Throw<ExtractorException>().Which.Should().Match<ExtractorException>(ex => ex.Line == 42 && ex.Message.Contains('龘', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SurnameReadOtherwiseWithoutAReason_IsRefused()
    {
        var parse = () => NameReadings.Parse(Encoding.UTF8.GetBytes("""[{ "text": "单", "reading": "shàn", "kind": "surname" }]"""), []);

        parse.Should().Throw<ExtractorException>().WithMessage("*must say why*");
    }

    [Fact]
    public void Romanize_EveryNameOfTheData_HasAReadingForEachCharacter()
    {
        var names = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, "people.json")))!.AsArray().Select(p => (string)p!["name"]!);

        names.Select(n => Committed.Romanize(n, 1)).Should().OnlyContain(p => p.Length > 0);
    }

    [Fact]
    public void Romanize_ANameNoCuratedRowMentions_IsReadFromTheUnihanExtract()
    {
        Committed.Romanize("李明", 1).Should().Be("Li Ming");
    }

    [Fact]
    public void UnihanExtract_IsTheUnihanDatabasesFirstReadings()
    {
        if (!File.Exists(UnihanReadings))
        {
            // A developer's machine without unicode-data cannot check; CI installs it and must.
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", $"CI installs unicode-data, which holds {UnihanReadings}");
            return;
        }

        var unihan = KMandarin().Where(r => char.ConvertToUtf32(r.Key, 0) is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)).ToDictionary(StringComparer.Ordinal);
        var extract = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, NameReadings.UnihanFileName))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => char.ConvertFromUtf32(Convert.ToInt32(f[0][2..], 16)), f => f[1], StringComparer.Ordinal);

        extract.Should().BeEquivalentTo(unihan);
        foreach (var row in Committed.Rows.Where(r => r.Kind == NameReadingKind.Surname && r.Text.Length == 1))
        {
            row.Reading.Should().NotBe(unihan[row.Text], $"the surname row for {row.Text} says something the character's reading does not");
        }
    }

    private static Dictionary<string, string> KMandarin()
    {
        using var bzcat = Process.Start(new ProcessStartInfo("bzcat", [UnihanReadings]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (bzcat.StandardOutput.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields is [var codePoint, "kMandarin", var values])
            {
                readings[char.ConvertFromUtf32(Convert.ToInt32(codePoint[2..], 16))] = values.Split(' ')[0];
            }
        }

        bzcat.WaitForExit();
        return readings;
    }

    private static NameReadings With(params (string Text, string Reading, string Kind)[] rows) =>
        NameReadings.Parse(
            Encoding.UTF8.GetBytes(new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["text"] = r.Text,
            ["reading"] = r.Reading,
            ["kind"] = r.Kind,
            ["why"] = r.Kind == "character" ? null : "a test",
        })]).ToJsonString()),
            []);
}
