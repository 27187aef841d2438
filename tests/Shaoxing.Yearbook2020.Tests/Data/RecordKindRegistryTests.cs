using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data;

/// <summary>
/// The registry of record kinds is what everything that treats all kinds alike iterates; these tests fail by
/// the kind's name when a kind is declared but not wired: no data file, no <see cref="Yearbook"/> property
/// (so the immutability and concurrency tests would not reach it), or a validator that <see cref="Yearbook.Validate"/>
/// does not run.
/// </summary>
public sealed class RecordKindRegistryTests
{
    public static TheoryData<string> KindNames => new(Yearbook.Kinds.Select(k => k.Name));

    [Fact]
    public void Kinds_AreExactlyTheCommittedDataFiles()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").Select(Path.GetFileName).Where(n => n != "dataset.json");

        Yearbook.Kinds.Select(k => k.FileName).Should().BeEquivalentTo(files);
        Yearbook.Kinds.Select(k => k.FileName).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Yearbook.Default.Dataset.Files.Select(f => f.Name).Should().Equal(Yearbook.Kinds.Select(k => k.FileName));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Kind_IsOneYearbookProperty_ThatReturnsItsRecords(string name)
    {
        var kind = Yearbook.Kinds.Single(k => k.Name == name);
        var records = kind.RecordsIn(Yearbook.Default);

        var properties = typeof(Yearbook).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => ReferenceEquals(p.GetValue(Yearbook.Default), records))
            .ToList();

        properties.Should().ContainSingle($"the {name} records must be reachable as one public property of Yearbook");
        records.Should().NotBeEmpty().And.AllBeOfType(kind.RecordType);
        records.Should().NotBeAssignableTo<IList>("a kind's collection is read-only");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Validate_RecordOfKindWithABlankId_ReportsItUnderTheKind(string name)
    {
        var kind = Yearbook.Kinds.Single(k => k.Name == name);
        var files = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);
        var records = JsonNode.Parse(files[kind.FileName])!.AsArray();
        records[0]!["id"] = " ";
        files[kind.FileName] = System.Text.Encoding.UTF8.GetBytes(records.ToJsonString());

        var report = Yearbook.Load(new InMemoryDataFileSource(files), verifyHashes: false).Validate();

        report.Issues.Should().Contain(
            i => i.RecordKind == kind.RecordType.Name && i.RecordId == " ",
            $"Validate() must run the validator of {name}");
    }

    [Fact]
    public void Validate_ChecksEveryRecordOfEveryKind()
    {
        var report = Yearbook.Default.Validate();

        report.RecordsChecked.Should().Be(Yearbook.Kinds.Sum(k => k.RecordsIn(Yearbook.Default).Count));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void WriteJson_Kind_WritesWhatItsDataFileHolds(string name)
    {
        var kind = Yearbook.Kinds.Single(k => k.Name == name);
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            kind.WriteJson(Yearbook.Default, writer);
        }

        var written = JsonNode.Parse(buffer.ToArray());
        var committed = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Data, kind.FileName)));
        JsonNode.DeepEquals(written, committed).Should().BeTrue();
    }
}
