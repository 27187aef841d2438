namespace Shaoxing.Yearbook2020.Generators.Tests;

/// <summary>
/// The generator on small models of its own (the package's real readers are checked by the package's
/// tests, which read every committed file and write it back): what it writes for each kind of property,
/// what it finds through properties, and how it fails the build on what it cannot read.
/// </summary>
public sealed class RecordReaderGeneratorTests
{
    private const string Anchor = """
        namespace Shaoxing.Yearbook2020.Data.Reading
        {
            internal sealed class GenerateRecordReadersAttribute : System.Attribute
            {
                public GenerateRecordReadersAttribute(params System.Type[] records) { }
            }

            [GenerateRecordReaders(typeof(M.Root))]
            internal ref struct DataReader { }
        }
        """;

    private const string Model = """
        using System.Collections.Immutable;
        using System.Text.Json.Serialization;
        namespace M
        {
            public sealed record Root
            {
                public required string Id { get; init; }
                public string? Note { get; init; }
                public required int Count { get; init; }
                public int? Maybe { get; init; }
                public required decimal Amount { get; init; }
                public decimal? MaybeAmount { get; init; }
                public required bool Flag { get; init; }
                public required System.DateOnly Day { get; init; }
                public System.DateOnly? MaybeDay { get; init; }
                public required Colour Colour { get; init; }
                public required ImmutableArray<string> Names { get; init; }
                public required ImmutableArray<Colour> Colours { get; init; }
                public required ImmutableArray<Child> Children { get; init; }
                public required Child First { get; init; }
                public Child? Second { get; init; }
                [JsonPropertyName("renamed")] public required string Original { get; init; }
                [JsonIgnore] public string Ignored { get; init; } = "";
                public string Computed => Id;
            }

            public sealed record Child
            {
                public required int Line { get; init; }
            }

            public enum Colour
            {
                [JsonStringEnumMemberName("deep-red")] DeepRed = 0,
                [JsonStringEnumMemberName("green")] Green = 1,
            }
        }
        """;

    [Fact]
    public void Generate_RootRecord_WritesAReaderForItAndForEveryRecordItReaches()
    {
        var (files, _) = Run(Model);

        files.Keys.Should().BeEquivalentTo("RootReader.g.cs", "ChildReader.g.cs", "DataEnums.g.cs");
    }

    [Fact]
    public void Generate_EveryKindOfProperty_IsReadWithItsReaderMethod()
    {
        var root = Run(Model).Files["RootReader.g.cs"];

        root.Should().ContainAll(
            "@id = reader.String();",
            "@note = reader.NullableString();",
            "@count = reader.Int32();",
            "@maybe = reader.NullableInt32();",
            "@amount = reader.Decimal();",
            "@maybeAmount = reader.NullableDecimal();",
            "@flag = reader.Boolean();",
            "@day = reader.Date();",
            "@maybeDay = reader.NullableDate();",
            "@colour = reader.Enum(DataEnums.ColourNames);",
            "@names = reader.StringArray();",
            "@colours = reader.EnumArray(DataEnums.ColourNames);",
            "@children = reader.Array(ChildReader.Read);",
            "@first = ChildReader.Read(ref reader);",
            "@second = reader.Nullable(ChildReader.Read);",
            "@renamed = reader.String();",
            "Original = @renamed!,",
            "Second = @second,");
    }

    [Fact]
    public void Generate_PropertyNames_AreListedInDeclarationOrder_WithoutIgnoredOrComputedOnes()
    {
        var root = Run(Model).Files["RootReader.g.cs"];

        var names = new[] { "\"id\"", "\"note\"", "\"count\"", "\"maybe\"", "\"amount\"", "\"maybeAmount\"", "\"flag\"", "\"day\"", "\"maybeDay\"", "\"colour\"", "\"names\"", "\"colours\"", "\"children\"", "\"first\"", "\"second\"", "\"renamed\"" };
        names.Select(n => root.IndexOf(n, StringComparison.Ordinal)).Should().BeInAscendingOrder().And.NotContain(-1);
        root.Should().NotContain("ignored").And.NotContain("computed");
    }

    [Fact]
    public void Generate_Enum_TableHasEveryMemberWithItsJsonName()
    {
        var enums = Run(Model).Files["DataEnums.g.cs"];

        enums.Should().Contain("ColourNames").And.Contain("(\"deep-red\", global::M.Colour.DeepRed)").And.Contain("(\"green\", global::M.Colour.Green)");
    }

    [Fact]
    public void Generate_Enums_AreFoundByTheirTypeThroughOneMethod()
    {
        var enums = Run(Model).Files["DataEnums.g.cs"];

        enums.Should().Contain("public static EnumNames<TEnum>? For<TEnum>()")
            .And.Contain("if (typeof(TEnum) == typeof(global::M.Colour))")
            .And.Contain("return (EnumNames<TEnum>)(object)ColourNames;");
    }

    [Theory]
    [InlineData("public required double Ratio { get; init; }", "YB0001: Root.Ratio is a double")]
    [InlineData("public bool? Unknown { get; init; }", "YB0001: Root.Unknown is a bool?")]
    [InlineData("public System.TimeOnly? At { get; init; }", "YB0001: Root.At is a System.TimeOnly?")]
    [InlineData("public required System.Collections.Generic.List<int> Items { get; init; }", "YB0001: Root.Items is a System.Collections.Generic.List<int>")]
    public void Generate_PropertyOfAnUnreadableType_FailsTheBuildNamingIt(string property, string message)
    {
        var model = Model.Replace("public required string Id { get; init; }", "public required string Id { get; init; }\n" + property, StringComparison.Ordinal);

        var (_, errors) = Run(model);

        errors.Should().Contain(e => e.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_EnumMemberWithoutAJsonName_FailsTheBuildNamingIt()
    {
        var model = Model.Replace("[JsonStringEnumMemberName(\"green\")] Green = 1,", "[JsonStringEnumMemberName(\"green\")] Green = 1,\n Blue = 2,", StringComparison.Ordinal);

        var (_, errors) = Run(model);

        errors.Should().Contain("YB0002: Colour.Blue has no [JsonStringEnumMemberName]");
    }

    [Fact]
    public void Generate_WellFormedModel_ReportsNoDiagnostic()
    {
        Run(Model).Errors.Should().BeEmpty();
    }

    private static (Dictionary<string, string> Files, List<string> Errors) Run(string model) => GeneratorHarness.Run(Anchor, model);
}
