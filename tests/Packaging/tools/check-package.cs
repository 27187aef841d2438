// Checks the packed library as a user's tools see it: the .nupkg holds the README, the licence
// expression, the XML docs and the repository URL and commit; the .snupkg holds a portable PDB whose
// SourceLink map points at the public repository.
// The tool's package holds its own readme (install and every command) and the same icon and release notes.
// Usage: dotnet run check-package.cs -- PACKAGE.nupkg PACKAGE.snupkg TOOL.nupkg
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;

var failures = new List<string>();
using (var nupkg = ZipFile.OpenRead(args[0]))
{
    var names = nupkg.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var wanted in new[] { "README.md", "lib/net10.0/Shaoxing.Yearbook2020.dll", "lib/net10.0/Shaoxing.Yearbook2020.xml" })
    {
        if (!names.Contains(wanted)) failures.Add($"nupkg lacks {wanted}");
    }

    // The packed readme is the package's own (PACKAGE.md): links must be absolute to work on the package page.
    if (nupkg.GetEntry("README.md") is { } readmeEntry)
    {
        using var readme = new StreamReader(readmeEntry.Open());
        var text = readme.ReadToEnd();
        if (!text.Contains("## One query per record kind", StringComparison.Ordinal)) failures.Add("the packed README.md is not the package's readme (PACKAGE.md)");
        if (!text.Contains("https://github.com/shaoxing-yearbook/Shaoxing.Yearbook2020", StringComparison.Ordinal)) failures.Add("the packed README.md does not link the repository");
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"\]\((?!https://)")) failures.Add("the packed README.md has a relative link");
    }

    var nuspecEntry = nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var nuspecStream = nuspecEntry.Open();
    var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
    var license = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "license");
    if (license?.Attribute("type")?.Value != "expression" || license.Value != "MIT") failures.Add("nuspec lacks the MIT licence expression");
    if (Value("readme") != "README.md") failures.Add("nuspec names no readme");
    var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
    if (repository?.Attribute("url")?.Value.StartsWith("https://github.com/", StringComparison.Ordinal) != true) failures.Add("nuspec has no repository URL");
    if ((repository?.Attribute("commit")?.Value.Length ?? 0) != 40) failures.Add("nuspec has no repository commit");
    if (Value("projectUrl") != "https://github.com/shaoxing-yearbook/Shaoxing.Yearbook2020") failures.Add("nuspec has no project URL");
    // The release notes are the changelog (src/Shaoxing.Yearbook2020/CHANGELOG.md) from its newest entry to its first.
    if (Value("releaseNotes")?.TrimStart().StartsWith("## [", StringComparison.Ordinal) != true || Value("releaseNotes")!.Contains("## [0.1.0]", StringComparison.Ordinal) != true) failures.Add("nuspec's release notes are not the changelog: " + Value("releaseNotes"));
    if (Value("icon") != "PackageIcon.png" || nupkg.GetEntry("PackageIcon.png") is null) failures.Add("nupkg has no icon");
    if (Value("tags")?.Contains("dataset", StringComparison.Ordinal) != true) failures.Add("nuspec has no tags");
    Console.WriteLine($"nupkg: readme, MIT, XML docs, repository {repository?.Attribute("url")?.Value} @ {repository?.Attribute("commit")?.Value}");
}

using (var snupkg = ZipFile.OpenRead(args[1]))
{
    var pdbEntry = snupkg.Entries.Single(e => e.FullName == "lib/net10.0/Shaoxing.Yearbook2020.pdb");
    using var pdbStream = new MemoryStream();
    using (var stream = pdbEntry.Open()) stream.CopyTo(pdbStream);
    pdbStream.Position = 0;
    using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
    var reader = provider.GetMetadataReader();
    var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    var sourceLink = reader.CustomDebugInformation
        .Select(reader.GetCustomDebugInformation)
        .Where(c => reader.GetGuid(c.Kind) == sourceLinkKind)
        .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
        .SingleOrDefault();
    if (sourceLink is null || !sourceLink.Contains("https://raw.githubusercontent.com/shaoxing-yearbook/Shaoxing.Yearbook2020/", StringComparison.Ordinal))
    {
        failures.Add("the PDB in the snupkg carries no SourceLink map to the public repository: " + sourceLink);
    }
    else
    {
        Console.WriteLine("snupkg: portable PDB with SourceLink " + sourceLink);
    }
}

using (var tool = ZipFile.OpenRead(args[2]))
{
    var nuspecEntry = tool.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var nuspecStream = nuspecEntry.Open();
    var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
    if (Value("readme") != "README.md" || tool.GetEntry("README.md") is not { } readmeEntry)
    {
        failures.Add("the tool's nupkg has no readme");
    }
    else
    {
        using var readme = new StreamReader(readmeEntry.Open());
        var text = readme.ReadToEnd();
        if (!text.Contains("dotnet tool install -g Shaoxing.Yearbook2020.Cli", StringComparison.Ordinal)) failures.Add("the tool's README.md is not the tool's own readme (src/Shaoxing.Yearbook2020.Cli/README.md)");
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"\]\((?!https://)")) failures.Add("the tool's README.md has a relative link");
    }

    if (Value("icon") != "PackageIcon.png" || tool.GetEntry("PackageIcon.png") is null) failures.Add("the tool's nupkg has no icon");
    if (string.IsNullOrWhiteSpace(Value("releaseNotes"))) failures.Add("the tool's nuspec has no release notes");
    Console.WriteLine($"tool nupkg {Value("id")} {Value("version")}: own readme, icon, release notes");
}

foreach (var failure in failures) Console.Error.WriteLine(failure);
return failures.Count == 0 ? 0 : 1;
