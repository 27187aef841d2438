using System.Text;
using System.Xml.Linq;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// The plain text of an element of a symbol's XML documentation: a <c>see cref</c> becomes the short name it points
/// to, a <c>see langword</c> the word, a <c>see</c> with text that text, a <c>paramref</c> the parameter's name, any
/// other element its text; white space is collapsed. The export's column descriptions are these texts, taken while
/// the package compiles, so no program reads XML documentation when it runs.
/// </summary>
internal static class DocText
{
    /// <summary>The text of the first element of a name, or an empty string.</summary>
    /// <param name="documentation">What <c>ISymbol.GetDocumentationCommentXml()</c> gave.</param>
    /// <param name="element">The element, such as <c>summary</c>.</param>
    public static string Of(string? documentation, string element)
    {
        if (string.IsNullOrWhiteSpace(documentation))
        {
            return string.Empty;
        }

        XElement root;
        try
        {
            root = XElement.Parse(documentation);
        }
        catch (System.Xml.XmlException)
        {
            // The compiler reports badly formed documentation itself (CS1570).
            return string.Empty;
        }

        var found = root.Element(element);
        if (found is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var node in found.Nodes())
        {
            Append(node, text);
        }

        return Collapse(text.ToString());
    }

    /// <summary>The inner XML of the first element of a name, as written, or an empty string.</summary>
    public static string InnerXml(string? documentation, string element)
    {
        if (string.IsNullOrWhiteSpace(documentation))
        {
            return string.Empty;
        }

        try
        {
            var found = XElement.Parse(documentation).Element(element);
            return found is null ? string.Empty : Collapse(string.Concat(found.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))));
        }
        catch (System.Xml.XmlException)
        {
            return string.Empty;
        }
    }

    private static void Append(XNode node, StringBuilder text)
    {
        switch (node)
        {
            case XText plain:
                text.Append(plain.Value);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("langword") is { } word:
                text.Append(word.Value);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } see when see.Nodes().Any():
                AppendChildren(see, text);
                break;
            case XElement { Name.LocalName: "see" or "seealso" } see:
                text.Append(ShortName((see.Attribute("cref") ?? see.Attribute("href"))?.Value ?? string.Empty));
                break;
            case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                text.Append(reference.Attribute("name")?.Value);
                break;
            case XElement other:
                AppendChildren(other, text);
                break;
        }
    }

    private static void AppendChildren(XElement element, StringBuilder text)
    {
        foreach (var child in element.Nodes())
        {
            Append(child, text);
        }
    }

    // "T:Shaoxing.Yearbook2020.Model.Agency" → "Agency"; "M:….Find(System.String)" → "Find"; "…ImmutableArray`1" → "ImmutableArray".
    private static string ShortName(string cref)
    {
        var name = cref.Length > 1 && cref[1] == ':' ? cref.Substring(2) : cref;
        var parenthesis = name.IndexOf('(');
        if (parenthesis >= 0)
        {
            name = name.Substring(0, parenthesis);
        }

        name = name.Substring(name.LastIndexOf('.') + 1);
        var tick = name.IndexOf('`');
        return tick >= 0 ? name.Substring(0, tick) : name;
    }

    // XPath's normalize-space: runs of spaces, tabs and line breaks become one space; none at either end.
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
