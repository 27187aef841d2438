using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Agencies;

public sealed class BodyNameReadingsTests
{
    // Debian's unicode-data package (installed by .ci/run) holds the Unihan database.
    private const string UnihanReadings = "/usr/share/unicode/Unihan_Readings.txt.bz2";

    private static readonly NameReadings CommittedCharacters = NameReadings.Parse(
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, NameReadings.FileName)),
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, NameReadings.UnihanFileName)));

    private static readonly BodyNameReadings Committed = BodyNameReadings.Parse(
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, BodyNameReadings.FileName)),
        CommittedCharacters,
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, BodyNameReadings.PolyphonesFileName)));

    // 银 yín, 行 xíng first but háng too, 政 zhèng, 部 bù.
    private const string Unihan = "U+94F6\tyín\nU+884C\txíng\nU+653F\tzhèng\nU+90E8\tbù\n";
    private const string Polyphones = "# two readings\nU+884C\tháng héng xíng\n";

    [Theory]
    [InlineData("绍兴银行股份有限公司", "shào xīng yín háng gǔ fèn yǒu xiàn gōng sī")]
    [InlineData("中国建设银行绍兴市分行", "zhōng guó jiàn shè yín háng shào xīng shì fēn háng")]
    [InlineData("绍兴市综合行政执法局", "shào xīng shì zōng hé xíng zhèng zhí fǎ jú")]
    [InlineData("浙东航空护林飞行基地", "zhè dōng háng kōng hù lín fēi xíng jī dì")]
    [InlineData("绍兴市会计学会", "shào xīng shì kuài jì xué huì")]
    public void Romanize_CommittedRows_ReadEachCharacterAsItsWordDoes(string name, string expected)
    {
        var readings = name.Contains("会计", StringComparison.Ordinal) ? WithCommitted(("会计", "kuài jì")) : Committed;

        readings.Romanize(name).Should().Be(expected);
    }

    [Fact]
    public void Romanize_ACharacterOfSeveralReadingsNoRowDecides_ThrowsNamingIt()
    {
        var readings = With();

        var romanize = () => readings.Romanize("银行");

        romanize.Should().Throw<ExtractorException>().WithMessage("*行 (háng, héng, xíng)*");
    }

    [Fact]
    public void Romanize_AWordRow_DecidesTheCharacterInThatWordOnly()
    {
        var readings = With(("银行", "yín háng", "a bank"));

        readings.Romanize("银行").Should().Be("yín háng");
        var romanize = () => readings.Romanize("行政部");
        romanize.Should().Throw<ExtractorException>("行 in 行政 is no bank").WithMessage("*行政部*行*");
    }

    [Fact]
    public void Romanize_ACharacterOfOneReading_IsReadFromTheUnihanExtract()
    {
        With().Romanize("政部").Should().Be("zhèng bù");
    }

    [Theory]
    [InlineData("银行", "yín xíng háng", "a bank", "*2 characters*")]
    [InlineData("银行", "yín xìng", "a bank", "*xìng is not a reading of 行*")]
    [InlineData("政部", "zhēng bù", "a test", "*zhēng is not a reading of 政*")]
    [InlineData("银行", "yín háng", "", "*must say why*")]
    public void Parse_ARowThatDoesNotReadItsCharacters_IsRefused(string text, string reading, string why, string message)
    {
        var parse = () => With((text, reading, why));

        parse.Should().Throw<ExtractorException>().WithMessage(message);
    }

    [Fact]
    public void Romanize_EveryBodyOfTheData_IsReadAndMatchesTheCommittedPinyin()
    {
        var agencies = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, "agencies.json")))!.AsArray();

        agencies.Should().HaveCount(168);
        foreach (var agency in agencies)
        {
            var pinyin = (string?)agency!["pinyin"];
            pinyin.Should().NotBeNullOrEmpty($"every body has a pinyin, and {agency["name"]} has none");
            Committed.Romanize((string)agency["name"]!).Should().Be(pinyin);
        }
    }

    [Fact]
    public void Rows_EachReadAWordOfABodysName()
    {
        var names = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, "agencies.json")))!.AsArray()
            .Select(a => (string)a!["name"]!).ToList();

        Committed.Rows.Where(r => !names.Any(n => n.Contains(r.Text, StringComparison.Ordinal))).Select(r => r.Text)
            .Should().BeEmpty("a row no body's name uses is knowledge the data does not need");
    }

    [Fact]
    public void PolyphoneExtract_IsTheUnihanDatabasesReadingsOfCharactersTheFirstDoesNotSettle()
    {
        if (!File.Exists(UnihanReadings))
        {
            // A developer's machine without unicode-data cannot check; CI installs it and must.
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", $"CI installs unicode-data, which holds {UnihanReadings}");
            return;
        }

        var fields = UnihanFields("kMandarin", "kTGHZ2013", "kXHC1983");
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (character, values) in fields)
        {
            var dictionary = values.TryGetValue("kTGHZ2013", out var tghz) ? tghz : values.GetValueOrDefault("kXHC1983");
            if (dictionary is null)
            {
                continue;
            }

            var readings = dictionary.Split(' ').Select(v => v[(v.IndexOf(':', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal).ToList();
            var first = values.GetValueOrDefault("kMandarin")?.Split(' ')[0];
            if (readings.Count > 1 || readings[0] != first)
            {
                expected[character] = string.Join(' ', readings);
            }
        }

        var extract = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, BodyNameReadings.PolyphonesFileName))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => char.ConvertFromUtf32(Convert.ToInt32(f[0][2..], 16)), f => f[1], StringComparer.Ordinal);

        extract.Should().BeEquivalentTo(expected);
    }

    private static Dictionary<string, Dictionary<string, string>> UnihanFields(params string[] wanted)
    {
        using var bzcat = Process.Start(new ProcessStartInfo("bzcat", [UnihanReadings]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var fields = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        while (bzcat.StandardOutput.ReadLine() is { } line)
        {
            if (line.Split('\t') is [var codePoint, var field, var values] && wanted.Contains(field)
                && Convert.ToInt32(codePoint[2..], 16) is var value and ((>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)))
            {
                var character = char.ConvertFromUtf32(value);
                if (!fields.TryGetValue(character, out var of))
                {
                    fields[character] = of = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                of[field] = values;
            }
        }

        bzcat.WaitForExit();
        return fields;
    }

    private static BodyNameReadings With(params (string Text, string Reading, string Why)[] rows) =>
        BodyNameReadings.Parse(
            Rows(rows),
            NameReadings.Parse(Encoding.UTF8.GetBytes("[]"), Encoding.UTF8.GetBytes(Unihan)),
            Encoding.UTF8.GetBytes(Polyphones));

    private static BodyNameReadings WithCommitted(params (string Text, string Reading)[] extra)
    {
        var rows = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, BodyNameReadings.FileName)))!.AsArray();
        foreach (var (text, reading) in extra)
        {
            rows.Add(new JsonObject { ["text"] = text, ["reading"] = reading, ["why"] = "a test" });
        }

        return BodyNameReadings.Parse(
            Encoding.UTF8.GetBytes(rows.ToJsonString()),
            CommittedCharacters,
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, BodyNameReadings.PolyphonesFileName)));
    }

    private static byte[] Rows((string Text, string Reading, string Why)[] rows) =>
        Encoding.UTF8.GetBytes(new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["text"] = r.Text,
            ["reading"] = r.Reading,
            ["why"] = r.Why,
        })]).ToJsonString());
}
