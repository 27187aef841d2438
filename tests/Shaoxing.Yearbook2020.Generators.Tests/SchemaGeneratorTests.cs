namespace Shaoxing.Yearbook2020.Generators.Tests;

/// <summary>
/// The export schema the generator writes from a record's declaration: a column's description is the property's XML
/// summary as plain text, taken while the package compiles.
/// </summary>
public sealed class SchemaGeneratorTests
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

        namespace Shaoxing.Yearbook2020.Data
        {
            internal sealed class DataFileAttribute : System.Attribute
            {
                public DataFileAttribute(string fileName, System.Type validator) { }
            }
        }

        namespace Shaoxing.Yearbook2020.Validation
        {
            internal sealed class DatasetFacts { }
        }
        """;

    [Theory]
    [InlineData("""<summary>A part of <see cref="P:Shaoxing.Yearbook2020.Model.SafetyIncident.Injured"/>.</summary>""", "A part of Injured.")]
    [InlineData("""<summary>For <see cref="T:Shaoxing.Yearbook2020.Model.Figure"/>.</summary>""", "For Figure.")]
    [InlineData("""<summary>See <see cref="M:Shaoxing.Yearbook2020.Queries.AgencyCollection.Resolve(System.String)"/>.</summary>""", "See Resolve.")]
    [InlineData("""<summary>A <see cref="T:System.Collections.Immutable.ImmutableArray`1"/>.</summary>""", "A ImmutableArray.")]
    [InlineData("""<summary><see langword="null"/> where absent.</summary>""", "null where absent.")]
    [InlineData("""<summary>Text such as <c>万元</c>.</summary>""", "Text such as 万元.")]
    [InlineData("""<summary>Of <paramref name="text"/>, <see cref="T:X.Y">shown as this</see>.</summary>""", "Of text, shown as this.")]
    [InlineData("""<summary>At <see href="https://example.org/a.b"/>.</summary>""", "At b.")]
    [InlineData("<summary>\n  Spread over\n  two lines.\n</summary>", "Spread over two lines.")]
    [InlineData("<value>No summary.</value>", "")]
    public void Generate_PropertySummary_IsTheColumnDescriptionAsPlainText(string documentation, string expected)
    {
        var comment = string.Join("\n", documentation.Split('\n').Select(l => "/// " + l));
        var model = $$"""
            namespace M
            {
                /// <collection>The roots.</collection>
                [Shaoxing.Yearbook2020.Data.DataFile("roots.json", typeof(V))]
                public sealed record Root
                {
                    public required string Id { get; init; }

            {{comment}}
                    public required string Described { get; init; }
                }

                internal sealed class V { public V(Shaoxing.Yearbook2020.Validation.DatasetFacts facts) { } }
            }
            """;

        var (files, _) = GeneratorHarness.Run(Anchor, model);

        files["RecordSchemas.g.cs"].Should().Contain($"new(\"described\", \"Described\", \"string\", false, false, \"{expected}\",");
    }
}
