using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data;

public sealed class LoaderTests
{
    public static TheoryData<string> DataFiles => new(Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> ListedFiles => new(Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).Where(n => n != "dataset.json").Order(StringComparer.Ordinal)!);

    [Fact]
    public void Load_CommittedData_EqualsTheEmbeddedCopy()
    {
        var loaded = Yearbook.Load(RepositoryPaths.Data);

        loaded.Dataset.Should().BeEquivalentTo(Yearbook.Default.Dataset);
        loaded.Entries.Select(e => e.Text).Should().Equal(Yearbook.Default.Entries.Select(e => e.Text));
        loaded.Sections.Select(s => s.Id).Should().Equal(Yearbook.Default.Sections.Select(s => s.Id));
        loaded.Captions.Should().HaveCount(Yearbook.Default.Captions.Count);
    }

    [Fact]
    public void Dataset_ListsEveryOtherFile_WithItsHashAndCount()
    {
        var dataset = Yearbook.Default.Dataset;

        var onDisk = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).Where(n => n != "dataset.json");
        dataset.Files.Select(f => f.Name).Should().BeEquivalentTo(onDisk);
        foreach (var file in dataset.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, file.Name));
            file.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Name);
            file.Records.Should().Be(JsonNode.Parse(bytes)!.AsArray().Count, file.Name);
        }
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Load_FileWithACorruptByte_ThrowsNamingTheFile(string fileName)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] = 0xFF;
        File.WriteAllBytes(path, bytes);

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be(fileName);
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Load_FileWithACaseFlippedLetter_FailsItsHashCheck(string fileName)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var bytes = File.ReadAllBytes(path);
        var at = Array.FindIndex(bytes, bytes.Length / 2, b => char.IsAsciiLetterLower((char)b));
        bytes[at] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be(fileName);
        thrown.Reason.Should().Contain("SHA-256");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Load_TruncatedFile_ThrowsNamingTheFile(string fileName)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be(fileName);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Load_MissingFile_ThrowsNamingTheFile(string fileName)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        File.Delete(Path.Combine(copy.Path, fileName));

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be(fileName);
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Load_ValueOfTheWrongType_WithTheHashUpdated_ThrowsNamingTheFileAndPath(string fileName)
    {
        // The hash is brought up to date so that the file reaches the deserializer: the type check
        // itself must catch it, not only the integrity check.
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        var first = records[0]!.AsObject();
        var property = first.First(p => p.Value is JsonValue).Key;
        first[property] = new JsonArray(1, 2, 3);
        ManifestEditor.RewriteWithHash(copy.Path, fileName, records.ToJsonString());

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be(fileName);
        thrown.JsonPath.Should().Contain(property);
        thrown.Message.Should().Contain(fileName).And.Contain(property);
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Load_RecordWithARequiredPropertyRemoved_WithTheHashUpdated_ThrowsNamingTheFile(string fileName)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        records[^1]!.AsObject().Remove("id");
        ManifestEditor.RewriteWithHash(copy.Path, fileName, records.ToJsonString());

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be(fileName);
    }

    [Fact]
    public void Load_OptionalPropertyDeleted_WithTheHashUpdated_IsRefused_NotReadAsNull()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var records = JsonNode.Parse(File.ReadAllBytes(Path.Combine(copy.Path, "captions.json")))!.AsArray();
        records[1]!.AsObject().Remove("date").Should().BeTrue("caption 2 has a date");
        ManifestEditor.RewriteWithHash(copy.Path, "captions.json", records.ToJsonString());

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be("captions.json");
        thrown.Message.Should().Contain("date");
    }

    [Fact]
    public void Load_RecordCountDifferentFromTheManifest_Throws()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, "captions.json");
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        records.RemoveAt(0);
        ManifestEditor.RewriteWithHash(copy.Path, "captions.json", records.ToJsonString());

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.Reason.Should().Contain("records");
    }

    [Theory]
    [MemberData(nameof(ListedFiles))]
    public void Load_TwoRecordsWithTheSameId_WithTheHashUpdated_ThrowsNamingTheFileAndId(string fileName)
    {
        // The id index is built on the first lookup; Load checks the ids up front so that the duplicate
        // is refused here, not found by the first Find.
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        records.Add(records[0]!.DeepClone());
        ManifestEditor.RewriteWithHash(copy.Path, fileName, records.ToJsonString(), records.Count);

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be(fileName);
        thrown.Reason.Should().Contain("two records have the id '" + (string)records[0]!["id"]! + "'");
    }

    [Theory]
    [InlineData("meetings.json", "number", "two meetings are plenary meeting")]
    [InlineData("people.json", "name", "two people are named")]
    [InlineData("district-safety-statistics.json", "area", "two rows are for the area")]
    [InlineData("district-safety-statistics.json", "isTotal", "more than one row is the total row")]
    public void Load_TwoRecordsWithTheSameKey_WithTheHashUpdated_ThrowsNamingTheConflict(string fileName, string property, string reason)
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var records = JsonNode.Parse(File.ReadAllBytes(Path.Combine(copy.Path, fileName)))!.AsArray();
        records[1]![property] = records[0]![property]!.DeepClone();
        ManifestEditor.RewriteWithHash(copy.Path, fileName, records.ToJsonString());

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be(fileName);
        thrown.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Load_ManifestForAnotherSeed_Throws()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, "dataset.json");
        var manifest = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        manifest["seedSha256"] = new string('0', 64);
        File.WriteAllText(path, manifest.ToJsonString());
        ManifestEditor.Reseal(path);

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be("dataset.json");
        thrown.JsonPath.Should().Be("$.seedSha256");
    }

    [Fact]
    public void Load_ManifestWithAChangedField_FailsItsOwnChecksum()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, "dataset.json");
        var manifest = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        manifest["title"] = "Another title";
        File.WriteAllText(path, manifest.ToJsonString());

        var thrown = ((Action)(() => Yearbook.Load(copy.Path))).Should().Throw<YearbookDataException>().Which;

        thrown.FileName.Should().Be("dataset.json");
        thrown.JsonPath.Should().Be("$.manifestSha256");
    }

    [Fact]
    public void Load_UnknownProperty_IsRefused()
    {
        using var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, "sections.json");
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        records[0]!.AsObject()["surprise"] = 1;
        ManifestEditor.RewriteWithHash(copy.Path, "sections.json", records.ToJsonString());

        var load = () => Yearbook.Load(copy.Path);

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be("sections.json");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Load_NoDirectory_ThrowsArgumentException(string? directory)
    {
        var load = () => Yearbook.Load(directory!);

        load.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("directory");
    }

    [Fact]
    public void Load_FolderThatDoesNotExist_ThrowsNamingTheManifest()
    {
        var load = () => Yearbook.Load(Path.Combine(Path.GetTempPath(), "no-such-yearbook-" + Guid.NewGuid().ToString("N")));

        load.Should().Throw<YearbookDataException>().Which.FileName.Should().Be("dataset.json");
    }
}
