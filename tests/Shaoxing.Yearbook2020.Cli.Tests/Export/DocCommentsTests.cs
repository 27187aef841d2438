using System.Xml;
using System.Xml.Linq;
using System.Xml.Xsl;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

public sealed class DocCommentsTests
{
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
    public void Stylesheet_Summary_WritesReferencesAsText(string summary, string expected)
    {
        var documentation = XDocument.Parse($"""<doc><members><member name="P:X.Y.Z">{summary}</member></members></doc>""");

        var docs = Transform(documentation);

        docs.Summaries.Should().Equal(new Dictionary<string, string> { ["P:X.Y.Z"] = expected });
        XmlDocSummaries.Render(documentation.Descendants("summary").Single()).Should().Be(expected, "the C# reading agrees");
    }

    [Fact]
    public void Stylesheet_OtherMembers_AreLeftOut()
    {
        var documentation = XDocument.Parse("""
            <doc><members>
              <member name="T:X.Y"><summary>A type.</summary></member>
              <member name="M:X.Y.Find(System.String)"><summary>A method.</summary></member>
              <member name="P:X.Y.Unit"><summary>The unit of <see cref="P:X.Y.NormalizedValue"/>.</summary></member>
              <member name="P:X.Y.Undocumented"><value>No summary.</value></member>
            </members></doc>
            """);

        Transform(documentation).Summaries.Should().Equal(new Dictionary<string, string> { ["P:X.Y.Unit"] = "The unit of NormalizedValue." });
    }

    [Fact]
    public void Embedded_Summaries_AreThePackagesDocumentationReadAnotherWay()
    {
        var documentationFile = Path.Combine(AppContext.BaseDirectory, "Shaoxing.Yearbook2020.xml");
        var expected = XmlDocSummaries.Of(XDocument.Load(documentationFile));

        var embedded = DocComments.Load().Summaries;

        expected.Should().HaveCountGreaterThan(300, "the package documents every public property");
        embedded.Should().Equal(expected);
    }

    [Fact]
    public void Describe_PropertyOfAModelType_GivesItsSummary()
    {
        var docs = DocComments.Load();

        docs.Describe(typeof(Model.Figure), nameof(Model.Figure.Quote)).Should().NotBeEmpty().And.NotContain("<").And.NotContain("\t");
        docs.Describe(typeof(Model.Honour), "NoSuchProperty").Should().BeEmpty();
    }

    [Fact]
    public void Read_LaterLineForAProperty_Wins()
    {
        var docs = DocComments.Read(new StringReader("P:X.Y.A\tfirst\nnot a summary line\nP:X.Y.A\tsecond\nP:X.Y.B\t\n"));

        docs.Summaries.Should().Equal(new Dictionary<string, string> { ["P:X.Y.A"] = "second", ["P:X.Y.B"] = string.Empty });
    }

    /// <summary>Runs the CLI's build-time stylesheet over a documentation file, as MSBuild's XslTransformation does.</summary>
    private static DocComments Transform(XDocument documentation)
    {
        var stylesheet = new XslCompiledTransform();
        stylesheet.Load(Path.Combine(RepositoryPaths.Root, "src", "Shaoxing.Yearbook2020.Cli", "Export", "PropertySummaries.xslt"));
        using var output = new StringWriter();
        using (var reader = documentation.CreateReader())
        {
            stylesheet.Transform(reader, null, output);
        }

        return DocComments.Read(new StringReader(output.ToString()));
    }
}
