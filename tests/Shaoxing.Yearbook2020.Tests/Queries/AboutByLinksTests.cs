using System.Text.Json;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Queries;

/// <summary>
/// <see cref="Yearbook.About(string)"/> against the links of the data files, read here as plain JSON: every record that
/// holds the hub's id (or, for a place, the id of a place inside it or of a body of those places) under a property named
/// <c>…Id</c> or <c>…Ids</c>, and what the hub's own such properties name outside bodies, people and places, its
/// provenance (<c>source</c>, <c>sources</c>) aside.
/// </summary>
public sealed class AboutByLinksTests
{
    private static readonly string[] HubFiles = ["agencies.json", "people.json", "places.json"];

    private static readonly Lazy<Dictionary<string, List<JsonElement>>> Files = new(() =>
        Directory.EnumerateFiles(RepositoryPaths.Data, "*.json")
            .Where(f => Path.GetFileName(f) != "dataset.json")
            .ToDictionary(
                f => Path.GetFileName(f)!,
                f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement.EnumerateArray().ToList(),
                StringComparer.Ordinal));

    [Theory]
    [InlineData("柯桥区", "places.json")]
    [InlineData("诸暨市", "places.json")]
    [InlineData("市应急管理局", "agencies.json")]
    [InlineData("盛阅春", "people.json")]
    public void About_ReturnsExactlyTheRecordsWhoseLinksPointToTheHub(string name, string hubFile)
    {
        var hub = Files.Value[hubFile].Single(r => NamesOf(r).Contains(name));
        var expected = Expected(hub, hubFile);

        var about = Yearbook.Default.About(name);

        expected.Should().NotBeEmpty();
        about.Groups.SelectMany(g => g.Matches.Select(m => (g.Kind.FileName, m.Id))).Should().BeEquivalentTo(expected);
    }

    /// <summary>Every body, person and place of the data files, by id: an id no record of another of the three files has.</summary>
    public static TheoryData<string, string> EveryHub()
    {
        var ids = HubFiles.SelectMany(f => Files.Value[f].Select(r => (File: f, Id: r.GetProperty("id").GetString()!))).ToList();
        return new(ids.Where(x => ids.Count(y => y.Id == x.Id) == 1).Select(x => (x.File, x.Id)));
    }

    [Theory]
    [MemberData(nameof(EveryHub))]
    public void About_EveryBodyPersonAndPlaceById_ReturnsExactlyTheRecordsWhoseLinksPointToIt(string hubFile, string id)
    {
        var hub = Files.Value[hubFile].Single(r => r.GetProperty("id").GetString() == id);

        var about = Yearbook.Default.About(id);

        about.Groups.SelectMany(g => g.Matches.Select(m => (g.Kind.FileName, m.Id))).Should().BeEquivalentTo(Expected(hub, hubFile));
    }

    private static HashSet<(string File, string Id)> Expected(JsonElement hub, string hubFile)
    {
        var hubIds = new HashSet<string>(StringComparer.Ordinal) { hub.GetProperty("id").GetString()! };
        if (hubFile == "places.json")
        {
            // The places inside it, by parentId, then the bodies of all of them, by placeId.
            for (var grown = true; grown;)
            {
                grown = false;
                foreach (var place in Files.Value["places.json"])
                {
                    if (place.GetProperty("parentId").GetString() is { } parent && hubIds.Contains(parent))
                    {
                        grown |= hubIds.Add(place.GetProperty("id").GetString()!);
                    }
                }
            }

            foreach (var body in Files.Value["agencies.json"].Where(a => a.GetProperty("placeId").GetString() is { } p && hubIds.Contains(p)))
            {
                hubIds.Add(body.GetProperty("id").GetString()!);
            }
        }

        var expected = new HashSet<(string File, string Id)>();
        foreach (var (file, records) in Files.Value)
        {
            foreach (var record in records)
            {
                var id = record.GetProperty("id").GetString()!;
                if (!(file == hubFile && id == hub.GetProperty("id").GetString()) && LinkedIds(record, throughSources: true).Any(hubIds.Contains))
                {
                    expected.Add((file, id));
                }
            }
        }

        var hubLinks = LinkedIds(hub, throughSources: false).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, records) in Files.Value.Where(f => !HubFiles.Contains(f.Key)))
        {
            expected.UnionWith(records.Select(r => r.GetProperty("id").GetString()!).Where(hubLinks.Contains).Select(id => (file, id)));
        }

        return expected;
    }

    /// <summary>Every string under a property named <c>…Id</c> or <c>…Ids</c> (not <c>id</c> itself), at any depth.</summary>
    private static IEnumerable<string> LinkedIds(JsonElement element, bool throughSources)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(i => LinkedIds(i, throughSources)))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!throughSources && property.Name is "source" or "sources")
                {
                    continue;
                }

                var isLink = property.Name != "id" && (property.Name.EndsWith("Id", StringComparison.Ordinal) || property.Name.EndsWith("Ids", StringComparison.Ordinal));
                if (isLink && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else if (isLink && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var id in property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String))
                    {
                        yield return id.GetString()!;
                    }
                }
                else
                {
                    foreach (var nested in LinkedIds(property.Value, throughSources))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> NamesOf(JsonElement record)
    {
        yield return record.GetProperty("name").GetString()!;
        foreach (var list in new[] { "shortNames", "aliases", "additionalNames" })
        {
            if (record.TryGetProperty(list, out var names))
            {
                foreach (var n in names.EnumerateArray())
                {
                    yield return n.GetString()!;
                }
            }
        }
    }
}
