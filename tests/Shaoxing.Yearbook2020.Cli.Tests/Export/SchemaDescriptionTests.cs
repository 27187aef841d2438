using System.Xml.Linq;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The export's column descriptions are the package's generated schema, made from its XML documentation while the
/// package compiles: checked here against the documentation file read another way (<see cref="XmlDocSummaries"/>).
/// </summary>
public sealed class SchemaDescriptionTests
{
    [Fact]
    public void Schema_EveryFieldOfEveryKind_IsDescribedByItsPropertysSummary()
    {
        var documentation = XmlDocSummaries.Of(XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Shaoxing.Yearbook2020.xml")));
        var fields = Yearbook.Kinds.SelectMany(k => Fields(k.Schema)).Distinct().ToList();

        fields.Should().HaveCountGreaterThan(150, "the records hold that many properties");
        foreach (var (schema, field) in fields)
        {
            var id = $"P:{schema.RecordType.FullName}.{field.PropertyName}";
            field.Description.Should().Be(documentation.GetValueOrDefault(id) ?? string.Empty, id);
        }
    }

    [Fact]
    public void Schema_NumbersNamedAfterAUnit_CarryTheUnit()
    {
        var fields = Yearbook.Kinds.SelectMany(k => Fields(k.Schema)).Select(f => f.Field).ToList();

        fields.Where(f => f.Type is "integer" or "number" && f.PropertyName.EndsWith("Yuan", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(f => f.Unit == "yuan (元)");
        fields.Where(f => f.Unit is not null).Should().OnlyContain(f => f.Type == "integer" || f.Type == "number");
    }

    private static IEnumerable<(RecordSchema Schema, FieldSchema Field)> Fields(RecordSchema schema) =>
        schema.Fields.SelectMany(f => f.Record is { } nested ? Fields(nested).Prepend((schema, f)) : [(schema, f)]);
}
