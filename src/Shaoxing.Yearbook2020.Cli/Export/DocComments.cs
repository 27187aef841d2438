namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The summaries of the package's public properties, as plain text. They are made from the package's XML
/// documentation while the CLI builds (<c>Export/PropertySummaries.xslt</c>: a <c>see cref</c> becomes the short name
/// it points to, a <c>see langword</c> the word, a <c>c</c> its text) and embedded as lines of
/// <c>P:Namespace.Type.Property</c>, a tab and the summary, so the tool reads no XML when it runs.
/// </summary>
internal sealed class DocComments
{
    /// <summary>The name of the embedded lines.</summary>
    public const string ResourceName = "Export/property-summaries.txt";

    private readonly Dictionary<string, string> summaries;

    private DocComments(Dictionary<string, string> summaries) => this.summaries = summaries;

    /// <summary>The summaries embedded in the CLI.</summary>
    /// <exception cref="InvalidOperationException">The CLI was built without them.</exception>
    public static DocComments Load()
    {
        using var stream = typeof(DocComments).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the CLI was built without its column descriptions ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Reads lines of a property's documentation id, a tab and its summary; a later line for a property wins.</summary>
    public static DocComments Read(TextReader lines)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (lines.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                summaries[line[..tab]] = line[(tab + 1)..];
            }
        }

        return new DocComments(summaries);
    }

    /// <summary>Every property's summary by documentation id (<c>P:Namespace.Type.Property</c>).</summary>
    public IReadOnlyDictionary<string, string> Summaries => summaries;

    /// <summary>The summary of a property, or an empty string when it has none.</summary>
    public string Describe(Type type, string property) =>
        summaries.GetValueOrDefault($"P:{type.FullName}.{property}") ?? string.Empty;
}
