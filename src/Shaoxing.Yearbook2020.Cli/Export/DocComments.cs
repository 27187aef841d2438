using System.Xml.Linq;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The package's XML documentation, read at run time to describe exported columns: a JSON object is
/// matched to the model type whose documented properties cover its keys.
/// </summary>
internal sealed class DocComments
{
    private const string ModelPrefix = "P:Shaoxing.Yearbook2020.Model.";
    private readonly Dictionary<string, Dictionary<string, string>> propertiesByType;

    private DocComments(Dictionary<string, Dictionary<string, string>> propertiesByType) => this.propertiesByType = propertiesByType;

    public static DocComments Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Shaoxing.Yearbook2020.xml");
        var types = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
            {
                var name = (string?)member.Attribute("name") ?? string.Empty;
                if (!name.StartsWith(ModelPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = name[ModelPrefix.Length..].Split('.');
                if (parts.Length != 2)
                {
                    continue;
                }

                var summary = string.Join(' ', (member.Element("summary")?.Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (!types.TryGetValue(parts[0], out var properties))
                {
                    types[parts[0]] = properties = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                properties[parts[1]] = summary;
            }
        }

        return new DocComments(types);
    }

    /// <summary>The model type whose documented properties cover most of the given JSON keys.</summary>
    public string? TypeFor(IEnumerable<string> jsonKeys)
    {
        var keys = jsonKeys.Select(Pascal).ToList();
        return propertiesByType
            .Select(t => (t.Key, Covered: keys.Count(t.Value.ContainsKey), Extra: t.Value.Count))
            .Where(t => t.Covered > 0)
            .OrderByDescending(t => t.Covered).ThenBy(t => t.Extra).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => t.Key)
            .FirstOrDefault();
    }

    public string Describe(string? type, string jsonKey) =>
        type is not null && propertiesByType.TryGetValue(type, out var properties) && properties.TryGetValue(Pascal(jsonKey), out var summary)
            ? summary
            : string.Empty;

    private static string Pascal(string jsonKey) => jsonKey.Length == 0 ? jsonKey : char.ToUpperInvariant(jsonKey[0]) + jsonKey[1..];
}
