using System.Xml.Linq;
using Shaoxing.Yearbook2020.Cli.Export;

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
    [InlineData("<summary>\n  Spread over\n  two lines.\n</summary>", "Spread over two lines.")]
    public void Render_Summary_WritesReferencesAsText(string xml, string expected)
    {
        DocComments.Render(XElement.Parse(xml)).Should().Be(expected);
    }

    [Fact]
    public void Describe_PropertyOfAModelType_GivesItsRenderedSummary()
    {
        var documentation = XDocument.Parse("""
            <doc><members>
              <member name="P:Shaoxing.Yearbook2020.Model.Figure.Unit"><summary>The unit of <see cref="P:Shaoxing.Yearbook2020.Model.Figure.NormalizedValue"/>.</summary></member>
            </members></doc>
            """);

        var docs = DocComments.From(documentation);

        docs.Describe(typeof(Shaoxing.Yearbook2020.Model.Figure), "Unit").Should().Be("The unit of NormalizedValue.");
        docs.Describe(typeof(Shaoxing.Yearbook2020.Model.Honour), "Unit").Should().BeEmpty();
    }
}
