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
            [DataFile("zebras.json", typeof(ZebraValidator))]
            public sealed record Zebra
            {
                public required string Id { get; init; }
            }

            [DataFile("apples.json", typeof(AppleValidator), Collection = typeof(AppleCollection))]
            public sealed record Apple
            {
                public required string Id { get; init; }
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
        files.Keys.Should().Contain(["RecordKindRegistry.g.cs", "AppleReader.g.cs", "ZebraReader.g.cs"]);
        var registry = files["RecordKindRegistry.g.cs"];
        registry.Should().Contain("All = [Apple, Zebra];");
        registry.Should().ContainAll(
            "\"apples.json\"",
            "global::Shaoxing.Yearbook2020.Data.Reading.AppleReader.Read",
            "new global::M.AppleCollection(records, yearbook)",
            "new global::M.AppleValidator(facts)",
            "new global::Shaoxing.Yearbook2020.Queries.RecordCollection<global::M.Zebra>(records, static r => r.Id)",
            "YearbookJsonContext.Default.ImmutableArrayZebra");
        registry.IndexOf("\"apples.json\"", StringComparison.Ordinal).Should().BeLessThan(registry.IndexOf("\"zebras.json\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public required int Id { get; init; }", "class V { public V(DatasetFacts f) { } }", "", "Thing has no string Id")]
    [InlineData("public required string Id { get; init; }", "class V { public V() { } }", "", "the validator of Thing needs a constructor taking DatasetFacts")]
    [InlineData("public required string Id { get; init; }", "class V { public V(DatasetFacts f) { } }", ", Collection = typeof(C)", "C (the collection of Thing) needs a constructor")]
    public void Generate_KindLackingWhatEveryKindNeeds_FailsTheBuildNamingIt(string idProperty, string validator, string collection, string expected)
    {
        var model = $$"""
            using Shaoxing.Yearbook2020.Data;
            using Shaoxing.Yearbook2020.Validation;
            namespace M
            {
                [DataFile("things.json", typeof(V){{collection}})]
                public sealed record Thing { {{idProperty}} }
                internal sealed {{validator}}
                public sealed class C { internal C(string wrong) { } }
            }
            """;

        var (_, errors) = Run(model);

        errors.Should().Contain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NoDataFileRecords_WritesNoRegistry()
    {
        var (files, _) = Run("namespace M { public sealed record Plain { public required string Id { get; init; } } }");

        files.Keys.Should().NotContain("RecordKindRegistry.g.cs");
    }

    private static (Dictionary<string, string> Files, List<string> Errors) Run(string model) => GeneratorHarness.Run(Package, model);
}
