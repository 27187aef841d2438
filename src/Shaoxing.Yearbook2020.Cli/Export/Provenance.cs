using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// What <c>datapackage.json</c> says of where the data comes from and whose rights apply: the yearbook as its source
/// (only what the seed text itself shows, and "not stated" for what it does not), the package's version, and a
/// licence for the package's own work kept apart from the rights in the yearbook's text, over which it claims none.
/// </summary>
internal static class Provenance
{
    /// <summary>What a source property says when the seed text does not state it.</summary>
    public const string NotStated = "not stated in the source text";

    /// <summary>The package's version: the data package assembly's informational version (made by MinVer from the git
    /// tags), without its build metadata, so that it reads as the NuGet package's version.</summary>
    public static string PackageVersion
    {
        get
        {
            var version = typeof(Yearbook).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(Yearbook).Assembly.GetName().Version?.ToString()
                ?? NotStated;
            var metadata = version.IndexOf('+', StringComparison.Ordinal);
            return metadata < 0 ? version : version[..metadata];
        }
    }

    /// <summary>
    /// The units that provided the chapter's material, as its sections name them at their ends on lines of their own,
    /// <c>(市政府办公室 提供)</c>; a line naming several (<c>市应急局、市消防救援支队</c>) gives each. A photograph's credit
    /// runs on after its caption's text and is not counted.
    /// </summary>
    public static ImmutableArray<string> MaterialProviders =>
    [
        .. Yearbook.SeedLines
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('(') && l.EndsWith(" 提供)", StringComparison.Ordinal))
            .SelectMany(l => l[1..^" 提供)".Length].Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The package's <c>sources</c>: the yearbook's chapter the seed holds.</summary>
    /// <param name="dataset">The data's manifest.</param>
    public static JsonArray Sources(DatasetManifest dataset)
    {
        var providers = MaterialProviders;
        return new JsonArray(new JsonObject
        {
            ["title"] = "绍兴年鉴 (Shaoxing Yearbook), government chapter (政府), covering " + dataset.CoverageYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["path"] = "seeds/" + dataset.SeedFileName,
            ["description"] = $"The chapter as OCR text ({dataset.SeedLineCount.ToString(System.Globalization.CultureInfo.InvariantCulture)} lines), byte for byte as given; every record names the lines it came from. "
                + "The text names the units that provided each section's material (materialProvidedBy) but neither the yearbook's publisher nor its year of publication, so neither is given here.",
            ["publisher"] = NotStated,
            ["publicationYear"] = NotStated,
            ["coverageYear"] = dataset.CoverageYear,
            ["materialProvidedBy"] = new JsonArray([.. providers.Select(p => (JsonNode)p)]),
            ["hash"] = "sha256:" + dataset.SeedSha256,
        });
    }

    /// <summary>The package's <c>licenses</c>: the MIT licence, for the package's own work only.</summary>
    public static JsonArray Licenses() => new(new JsonObject
    {
        ["name"] = "MIT",
        ["path"] = "https://opensource.org/licenses/MIT",
        ["title"] = "MIT License, for the package's own work only: its code, its ids, its English names and classifications, "
            + "its descriptions and these descriptors. It grants nothing in the yearbook's text, which the records quote (see rights).",
    });

    /// <summary>The package's <c>rights</c>: whose the yearbook's text is, kept apart from the licence of the package's own work.</summary>
    public const string Rights =
        "The records quote and are derived from the text of the Shaoxing Yearbook (绍兴年鉴). The rights in that text belong to its holders; "
        + "the source text states no licence for it, and this package claims none over it and grants none. The package is not an official publication.";
}
