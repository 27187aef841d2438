using System.Text.RegularExpressions;
using System.Xml.Linq;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Docs;

/// <summary>
/// The documentation stays usable: the README short, every link resolving, the packed readmes free of links that
/// only work inside the repository, and the README's examples and commands the ones that CI runs.
/// </summary>
public sealed partial class DocumentationTests
{
    private const int ReadmeLimitBytes = 10 * 1024;

    private static readonly string[] ReadmeCommands =
    [
        "dotnet run --project src/Shaoxing.Yearbook2020.Cli -- summary",
        "dotnet test Shaoxing.Yearbook2020.sln -c Release",
    ];

    public static TheoryData<string> MarkdownFiles() => new(MarkdownDocument.AllInRepository());

    [Fact]
    public void Readme_Size_IsAtMostTenKilobytes()
    {
        var size = new FileInfo(Path.Combine(RepositoryPaths.Root, "README.md")).Length;

        size.Should().BeLessThanOrEqualTo(ReadmeLimitBytes,
            "the README is the page a new user reads first; reference material belongs in the documents it links to");
    }

    [Fact]
    public void MarkdownFiles_InTheRepository_IncludeEveryDocumentTheReadmeLinks()
    {
        // Guards the theory below against silently checking nothing (a wrong root, a filter that drops a folder).
        MarkdownDocument.AllInRepository().Should().Contain(
        [
            "README.md",
            ".github/ARCHITECTURE.md",
            "src/Shaoxing.Yearbook2020/CHANGELOG.md",
            "src/Shaoxing.Yearbook2020/Data/README.md",
            "src/Shaoxing.Yearbook2020.Cli/README.md",
            "tests/README.md",
        ]);
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RelativeLinks_InMarkdownFile_ResolveToFilesAndHeadings(string file)
    {
        var document = MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, file));
        var folder = Path.GetDirectoryName(document.Path)!;

        var broken = document.LinkTargets()
            .Where(target => !Uri.TryCreate(target, UriKind.Absolute, out _))
            .Select(target => (target, problem: Resolve(document, folder, target)))
            .Where(link => link.problem is not null)
            .Select(link => $"{link.target}: {link.problem}")
            .ToList();

        broken.Should().BeEmpty($"every relative link of {file} should name a file of the repository and, after '#', a heading of it");
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RepositoryUrls_InMarkdownFile_NameFilesAndHeadingsThatExist(string file)
    {
        var document = MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, file));

        var broken = document.RepositoryUrls()
            .Select(url => (url, problem: ResolveRepositoryUrl(url)))
            .Where(link => link.problem is not null)
            .Select(link => $"{link.url}: {link.problem}")
            .ToList();

        broken.Should().BeEmpty($"the repository's addresses in {file} (as the package pages show them) should name files that exist");
    }

    [Fact]
    public void PackedReadmes_OfThePackableProjects_LinkOnlyAbsoluteAddresses()
    {
        var packed = PackedReadmes().ToList();
        packed.Should().HaveCount(2, "the library and the tool each pack a readme of their own");

        foreach (var readme in packed)
        {
            var relative = MarkdownDocument.Read(readme).LinkTargets()
                .Where(target => !target.StartsWith("https://", StringComparison.Ordinal))
                .ToList();

            relative.Should().BeEmpty($"{Path.GetRelativePath(RepositoryPaths.Root, readme)} is a package page, where a relative link leads nowhere");
        }
    }

    [Fact]
    public void ReadmeCSharpBlocks_EachOne_IsAPieceOfTheWalkthroughThatCiRuns()
    {
        var readme = MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, "README.md"));
        var walkthrough = CodeLines(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Packaging", "walkthrough.cs")));
        var blocks = readme.CodeBlocks("csharp");

        blocks.Should().NotBeEmpty("the README's tour is in C#");
        foreach (var block in blocks)
        {
            var lines = CodeLines(block);
            ContainsRun(walkthrough, lines).Should().BeTrue(
                $"every C# example of the README runs as part of tests/Packaging/walkthrough.cs (check-packages.sh runs it against the packed package), but this one is not in it:\n{block}");
        }
    }

    [Fact]
    public void ReadmeCommands_AreTheTwoCommandsThatCiRuns()
    {
        var readme = MarkdownDocument.Read(Path.Combine(RepositoryPaths.Root, "README.md"));
        var shellLines = readme.CodeBlocks("sh").SelectMany(CodeLines).ToList();
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        var packageChecks = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Packaging", "check-packages.sh"));

        shellLines.Should().Contain(ReadmeCommands);
        ci.Should().Contain(ReadmeCommands[1] + " ", ".ci/run runs the README's test command");
        packageChecks.Should().Contain("dotnet run --project src/Shaoxing.Yearbook2020.Cli -- summary",
            "check-packages.sh runs the README's first command as written");
    }

    [Fact]
    public void PackageAssembly_EmbeddedResources_AreDataOnly()
    {
        var resources = typeof(Yearbook).Assembly.GetManifestResourceNames();

        resources.Should().NotBeEmpty();
        resources.Should().OnlyContain(name => name.EndsWith(".json", StringComparison.Ordinal) || name == "Seed/seed.txt",
            "the documents beside the data (README.md, CODEBOOK.md) are for the repository, not the package");
    }

    private static string? Resolve(MarkdownDocument document, string folder, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var fragment = hash < 0 ? null : target[(hash + 1)..];

        var full = path.Length == 0 ? document.Path : Path.GetFullPath(Path.Combine(folder, path));
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "no such file or folder";
        }

        return CheckFragment(full, fragment);
    }

    private static string? ResolveRepositoryUrl(string url)
    {
        var rest = url[MarkdownDocument.RepositoryUrl.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : rest[(hash + 1)..];
        rest = hash < 0 ? rest : rest[..hash];

        if (rest.Length == 0 || rest == "/")
        {
            return CheckFragment(Path.Combine(RepositoryPaths.Root, "README.md"), fragment);
        }

        var file = FileUrl().Match(rest);
        if (!file.Success)
        {
            // Addresses that are not files of a branch (releases, comparisons between tags) have nothing to check here.
            return null;
        }

        var full = Path.Combine(RepositoryPaths.Root, Uri.UnescapeDataString(file.Groups["path"].Value));
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return "no such file or folder in the repository";
        }

        return CheckFragment(full, fragment);
    }

    private static string? CheckFragment(string file, string? fragment)
    {
        if (string.IsNullOrEmpty(fragment) || !file.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return MarkdownDocument.Read(file).HeadingAnchors().Contains(Uri.UnescapeDataString(fragment))
            ? null
            : $"no heading '#{fragment}' in {Path.GetFileName(file)}";
    }

    private static IEnumerable<string> PackedReadmes()
    {
        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var packedReadme = XDocument.Load(project).Descendants("None")
                .FirstOrDefault(item => (string?)item.Attribute("Pack") == "true" && (string?)item.Attribute("PackagePath") == "README.md");
            if (packedReadme is not null)
            {
                yield return Path.Combine(Path.GetDirectoryName(project)!, (string)packedReadme.Attribute("Include")!);
            }
        }
    }

    private static List<string> CodeLines(string code) =>
        code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

    private static bool ContainsRun(List<string> lines, List<string> run)
    {
        for (var start = 0; start + run.Count <= lines.Count; start++)
        {
            if (lines.Skip(start).Take(run.Count).SequenceEqual(run, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^/(?:blob|tree)/main/(?<path>[^?]+)")]
    private static partial Regex FileUrl();
}
