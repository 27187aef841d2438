using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>What <c>datapackage.json</c> says of its source, its version and the rights in it.</summary>
public sealed class ProvenanceTests
{
    private static readonly Lazy<JsonObject> Package = new(() =>
    {
        using var output = new TempDirectory();
        var (code, _, error) = CliRunner.Run("export", "--format", "json", "--out", output.Path);
        code.Should().Be(0, error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "datapackage.json")))!.AsObject();
    });

    [Fact]
    public void Export_Version_IsThePackagesVersion_NotTheGenerators()
    {
        var informational = typeof(Yearbook).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var version = Package.Value["version"]!.GetValue<string>();

        version.Should().Be(informational.Split('+')[0]);
        informational.Should().NotStartWith(Yearbook.Default.Dataset.GeneratorVersion + "+", "the test tells the two versions apart");
    }

    [Fact]
    public void Export_Source_IsTheYearbookChapter_WithTheSeedsHash()
    {
        var source = Package.Value["sources"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryPaths.SeedFile)));

        source["title"]!.GetValue<string>().Should().Contain("绍兴年鉴").And.Contain("政府").And.Contain("2020");
        source["hash"]!.GetValue<string>().Should().Be("sha256:" + hash);
        source["path"]!.GetValue<string>().Should().Be("seeds/000_7ba1952524c06baf.txt");
        source["coverageYear"]!.GetValue<int>().Should().Be(2020);
    }

    [Fact]
    public void Export_Source_SaysThatTheTextStatesNoPublisherNorYearOfPublication()
    {
        // The seed is the chapter's text alone: no title page, no imprint.
        var source = Package.Value["sources"]![0]!;

        source["publisher"]!.GetValue<string>().Should().Be("not stated in the source text");
        source["publicationYear"]!.GetValue<string>().Should().Be("not stated in the source text");
    }

    [Fact]
    public void Export_Source_NamesTheUnitsThatProvidedTheMaterial_AsTheTextPrintsThem()
    {
        // The lines "(市政府办公室 提供)" (105), 市医保局 (144), 市大数据局 (172), 市退役军人事务局 (222), 市应急管理局 (295),
        // 市消防救援支队 (415), "市应急局、市消防救援支队" (433), 市政务服务办 (445, 457); the photo credits of lines 216 and 317 run on after their captions.
        Package.Value["sources"]![0]!["materialProvidedBy"]!.AsArray().Select(p => p!.GetValue<string>())
            .Should().Equal("市政府办公室", "市医保局", "市大数据局", "市退役军人事务局", "市应急管理局", "市消防救援支队", "市应急局", "市政务服务办");
    }

    [Fact]
    public void Export_Licence_CoversThePackagesOwnWork_AndClaimsNoneOverTheYearbooksText()
    {
        var licence = Package.Value["licenses"]!.AsArray().Should().ContainSingle().Subject!;
        var rights = Package.Value["rights"]!.GetValue<string>();

        licence["name"]!.GetValue<string>().Should().Be("MIT");
        licence["title"]!.GetValue<string>().Should().Contain("own work only").And.Contain("grants nothing in the yearbook's text");
        rights.Should().Contain("绍兴年鉴").And.Contain("claims none over it");
    }
}
