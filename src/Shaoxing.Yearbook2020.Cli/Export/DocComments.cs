using System.Xml.Linq;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The summaries of the package's public properties, from the XML documentation shipped beside it, rendered as
/// plain text: a <c>see cref</c> becomes the short name it points to, a <c>see langword</c> the word, a <c>c</c>
/// its text.
/// </summary>
internal sealed class DocComments
{
    private readonly Dictionary<string, string> summaries;

    private DocComments(Dictionary<string, string> summaries) => this.summaries = summaries;

    /// <summary>Reads the package's XML documentation; without it every description is empty.</summary>
    public static DocComments Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Shaoxing.Yearbook2020.xml");
        return File.Exists(path) ? From(XDocument.Load(path)) : new DocComments([]);
    }

    /// <summary>Reads the property summaries of an XML documentation file.</summary>
    public static DocComments From(XDocument documentation)
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

        return new DocComments(summaries);
    }

    /// <summary>The summary of a property, or an empty string when it has none.</summary>
    public string Describe(Type type, string property) =>
        summaries.GetValueOrDefault($"P:{type.FullName}.{property}") ?? string.Empty;

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

    // "T:Shaoxing.Yearbook2020.Model.Agency" → "Agency"; "M:….Find(System.String)" → "Find"; "…ImmutableArray`1" → "ImmutableArray".
    private static string ShortName(string cref)
    {
        var name = cref.Length > 1 && cref[1] == ':' ? cref[2..] : cref;
        name = name.Split('(')[0];
        name = name[(name.LastIndexOf('.') + 1)..];
        return name.Split('`')[0];
    }
}
