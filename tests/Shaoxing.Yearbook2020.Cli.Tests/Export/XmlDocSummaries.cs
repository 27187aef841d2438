using System.Xml.Linq;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// A second reading of XML documentation summaries, over the package's documentation file, that the descriptions of
/// the generated schema (read by the source generator from the same comments) must agree with: references written
/// out as text, white space collapsed.
/// </summary>
internal static class XmlDocSummaries
{
    /// <summary>Every property summary of a documentation file, by documentation id.</summary>
    public static Dictionary<string, string> Of(XDocument documentation)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in documentation.Descendants("member"))
        {
            var name = (string?)member.Attribute("name") ?? string.Empty;
            if (name.StartsWith("P:", StringComparison.Ordinal) && member.Element("summary") is { } summary)
            {
                summaries[name] = Render(summary);
            }
        }

        return summaries;
    }

    /// <summary>The text of a documentation element, with its references written out and its white space collapsed.</summary>
    public static string Render(XElement element) =>
        string.Join(' ', string.Concat(element.Nodes().Select(Text)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } reference when reference.Attribute("langword") is { } word => word.Value,
        XElement { Name.LocalName: "see" or "seealso" } reference when !reference.IsEmpty => string.Concat(reference.Nodes().Select(Text)),
        XElement { Name.LocalName: "see" or "seealso" } reference =>
            ShortName((string?)reference.Attribute("cref") ?? (string?)reference.Attribute("href") ?? string.Empty),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
        XElement other => string.Concat(other.Nodes().Select(Text)),
        _ => string.Empty,
    };

    private static string ShortName(string cref)
    {
        var name = cref.Length > 1 && cref[1] == ':' ? cref[2..] : cref;
        name = name.Split('(')[0];
        name = name[(name.LastIndexOf('.') + 1)..];
        return name.Split('`')[0];
    }
}
