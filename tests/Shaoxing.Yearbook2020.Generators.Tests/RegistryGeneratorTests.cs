namespace Shaoxing.Yearbook2020.Generators.Tests;

/// <summary>
/// The registry of record kinds that the generator writes from <c>[DataFile]</c>: one entry per declared kind,
/// in file-name order, wired to the kind's reader, collection and validator; and a build that fails naming the
/// record when a kind lacks what every kind must have.
/// </summary>
public sealed class RegistryGeneratorTests
{
    private const string Package = """
        namespace Shaoxing.Yearbook2020.Data.Reading
        {
            internal sealed class GenerateRecordReadersAttribute : System.Attribute
            {
                public GenerateRecordReadersAttribute(params System.Type[] records) { }
            }

            [GenerateRecordReaders]
            internal ref struct DataReader { }
        }

        namespace Shaoxing.Yearbook2020.Data
        {
            internal sealed class DataFileAttribute : System.Attribute
            {
                public DataFileAttribute(string fileName, System.Type validator) { }
                public System.Type? Collection { get; set; }
                public string? Label { get; set; }
            }

            internal sealed class LinksToAttribute : System.Attribute
            {
                public LinksToAttribute(params System.Type[] kinds) { }
            }
        }

        namespace Shaoxing.Yearbook2020.Validation
        {
            internal sealed class DatasetFacts { }
        }

        namespace Shaoxing.Yearbook2020
        {
            public sealed class Yearbook { }
        }
        """;

    private const string Kinds = """
        using System.Collections.Immutable;
        using Shaoxing.Yearbook2020.Data;
        using Shaoxing.Yearbook2020.Validation;
        namespace M
        {
            /// <summary>A zebra.</summary>
            /// <collection>The zebras.</collection>
            [DataFile("zebras.json", typeof(ZebraValidator))]
            public sealed record Zebra
            {
                public required string Id { get; init; }
            }

            /// <summary>An apple.</summary>
            /// <collection>The apples.</collection>
            [DataFile("apples.json", typeof(AppleValidator), Collection = typeof(AppleCollection), Label = "{Variety}[ from {Orchard}]")]
            public sealed record Apple
            {
                public required string Id { get; init; }

                /// <summary>The apple's variety.</summary>
                public required string Variety { get; init; }

                [LinksTo(typeof(Zebra))]
                public string? Orchard { get; init; }
            }

            internal sealed class ZebraValidator { public ZebraValidator(DatasetFacts facts) { } }
            internal sealed class AppleValidator { public AppleValidator(DatasetFacts facts) { } }
            public sealed class AppleCollection
            {
                internal AppleCollection(ImmutableArray<Apple> apples, Shaoxing.Yearbook2020.Yearbook yearbook) { }
            }
        }
        """;

    [Fact]
    public void Generate_DataFileRecords_WritesOneRegistryEntryPerKindInFileNameOrder()
    {
        var (files, errors) = Run(Kinds);

        errors.Should().BeEmpty();
        files.Keys.Should().Contain(["RecordKindRegistry.g.cs", "AppleRecordKind.g.cs", "ZebraRecordKind.g.cs", "AppleReader.g.cs", "ZebraReader.g.cs", "Yearbook.g.cs", "DatasetFacts.g.cs", "RecordSchemas.g.cs"]);
        files["RecordKindRegistry.g.cs"].Should().Contain("All = [Apple, Zebra];");
        files["AppleRecordKind.g.cs"].Should().ContainAll(
            ": base(0, \"apples.json\", global::Shaoxing.Yearbook2020.Data.Reading.AppleReader.Read)",
            "new global::M.AppleCollection(records, yearbook)",
            "new global::M.AppleValidator(facts)",
            "global::Shaoxing.Yearbook2020.Data.Reading.AppleReader.Write(writer, record)");
        files["ZebraRecordKind.g.cs"].Should().ContainAll(
            ": base(1, \"zebras.json\"",
            "new global::Shaoxing.Yearbook2020.Queries.RecordCollection<global::M.Zebra>(records, static r => r.Id)");
        files["Yearbook.g.cs"].Should().ContainAll(
            "/// <summary>The apples.</summary>",
            "public global::M.AppleCollection Apples => global::Shaoxing.Yearbook2020.Data.RecordKindRegistry.Apple.In(this);",
            "public global::Shaoxing.Yearbook2020.Queries.RecordCollection<global::M.Zebra> Zebras =>");
        files["DatasetFacts.g.cs"].Should().ContainAll("public FrozenSet<string> AppleIds", "public FrozenSet<string> ZebraIds", "ZebraIds = ");
    }

    [Fact]
    public void Generate_LinkAndLabel_AreEmittedFromTheDeclaration()
    {
        var (files, _) = Run(Kinds);

        var apple = files["AppleRecordKind.g.cs"];
        apple.Should().Contain("new(this, \"Orchard\", [RecordKindRegistry.Zebra], Link0)");
        apple.Should().Contain("string.Concat([record.Variety, (record.Orchard is not null ? string.Concat(\" from \", (record.Orchard ?? string.Empty)) : string.Empty)])");
        files["RecordSchemas.g.cs"].Should().Contain("new(\"variety\", \"Variety\", \"string\", false, false, \"The apple's variety.\", null, [], null,");
    }

    [Theory]
    [InlineData("[LinksTo(typeof(string))] public string? Other { get; init; }", "", "YB0006: Thing.Other links to string, which is not a record kind")]
    [InlineData("[LinksTo(typeof(Thing))] public int Count { get; init; }", "", "YB0007: Thing.Count has [LinksTo] but holds no string ids")]
    [InlineData("", ", Label = \"{Missing}\"", "YB0009: the label of Thing names 'Missing'")]
    [InlineData("", ", Label = \"[{Id}\"", "YB0009: the label of Thing has an unbalanced '['")]
    public void Generate_BadLinkOrLabel_IsADiagnosticNamingIt(string property, string label, string expected)
    {
        var model = $$"""
            using Shaoxing.Yearbook2020.Data;
            using Shaoxing.Yearbook2020.Validation;
            namespace M
            {
                /// <collection>Things.</collection>
                [DataFile("things.json", typeof(V){{label}})]
                public sealed record Thing { public required string Id { get; init; } {{property}} }
                internal sealed class V { public V(DatasetFacts f) { } }
            }
            """;

        var (_, errors) = Run(model);

        errors.Should().Contain(e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_KindWithoutCollectionDocumentation_IsADiagnosticNamingIt()
    {
        var (_, errors) = Run(Kinds.Replace("/// <collection>The zebras.</collection>", string.Empty, StringComparison.Ordinal));

        errors.Should().ContainSingle().Which.Should().StartWith("YB0008: Zebra has no <collection> element");
    }

    [Theory]
    [InlineData("public required int Id { get; init; }", "class V { public V(DatasetFacts f) { } }", "", "YB0003: Thing has no string Id")]
    [InlineData("public required string Id { get; init; }", "class V { public V() { } }", "", "YB0004: the validator of Thing needs a constructor taking DatasetFacts")]
    [InlineData("public required string Id { get; init; }", "class V { public V(DatasetFacts f) { } }", ", Collection = typeof(C)", "YB0005: C (the collection of Thing) needs a constructor")]
    public void Generate_KindLackingWhatEveryKindNeeds_FailsTheBuildNamingIt(string idProperty, string validator, string collection, string expected)
    {
        var model = $$"""
            using Shaoxing.Yearbook2020.Data;
            using Shaoxing.Yearbook2020.Validation;
            namespace M
            {
                /// <collection>Things.</collection>
                [DataFile("things.json", typeof(V){{collection}})]
                public sealed record Thing { {{idProperty}} }
                internal sealed {{validator}}
                public sealed class C { internal C(string wrong) { } }
            }
            """;

        var (_, errors) = Run(model);

        errors.Should().Contain(e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NoDataFileRecords_WritesNoRegistry()
    {
        var (files, _) = Run("namespace M { public sealed record Plain { public required string Id { get; init; } } }");

        files.Keys.Should().NotContain("RecordKindRegistry.g.cs");
    }

    private static (Dictionary<string, string> Files, List<string> Errors) Run(string model) => GeneratorHarness.Run(Package, model);
}
