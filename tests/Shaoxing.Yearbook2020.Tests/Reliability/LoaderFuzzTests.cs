using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// Property-based tests of the loader under damaged data: every shipped data file is mutated at random
/// and loaded; the outcome is either a load of data equal to the original (the mutation was harmless)
/// or a <see cref="YearbookDataException"/> naming the mutated file; never another exception, never a
/// yearbook with different data. Each case is made to the files as shipped (caught by the integrity
/// check) or, for structural damage, with the manifest's hash brought up to date (caught by the reader). CsCheck prints the seed of any failing case (rerun it with the
/// CsCheck_Seed environment variable).
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int Cases = 2400;

    private static readonly IReadOnlyDictionary<string, byte[]> Original =
        Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    private static readonly string[] FileNames = [.. Original.Keys.Order(StringComparer.Ordinal)];

    private enum Mutation
    {
        FlipByte,
        Truncate,
        DeleteProperty,
        DuplicateProperty,
        WrongType,
        HugeNumber,
        InvalidUtf8,
        DeepNesting,
        EmptyFile,
    }

    [Fact]
    public void Load_RandomlyMutatedFile_IsEqualToTheOriginalOrRefusedNamingTheFile()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Gen.Select(Gen.Int[0, FileNames.Length - 1], Gen.Enum<Mutation>(), Gen.Int[0, int.MaxValue], Gen.Bool)
            .Sample(
                (file, mutation, position, reseal) =>
                {
                    var outcome = LoadMutated(FileNames[file], mutation, position, reseal);
                    outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                },
                iter: Cases,
                print: t => $"{FileNames[t.Item1]} {t.Item2} at {t.Item3} reseal={t.Item4}");

        outcomes.Values.Sum().Should().BeGreaterThanOrEqualTo(Cases);
        outcomes.Keys.Should().Contain("refused", "most mutations damage the data");
    }

    private static string LoadMutated(string fileName, Mutation mutation, int position, bool reseal)
    {
        var original = Original[fileName];
        var mutated = Mutate(original, mutation, position);
        var files = new Dictionary<string, byte[]>(Original, StringComparer.Ordinal) { [fileName] = mutated };
        // Re-sealing (bringing the manifest's hash up to date) lets a mutation reach the JSON reader
        // instead of stopping at the integrity check. Only structural damage is re-sealed: a flipped byte
        // inside a string is still well-formed data, which only the hash can tell from the original.
        if (reseal && mutation != Mutation.FlipByte && fileName != DataFileNames.Dataset)
        {
            files[DataFileNames.Dataset] = Reseal(Original[DataFileNames.Dataset], fileName, mutated);
        }

        try
        {
            var yearbook = Yearbook.Load(new InMemoryDataFileSource(files));
            SameJson(original, mutated).Should().BeTrue($"{fileName} loaded after a {mutation} that changed its data: the loader must refuse it");
            yearbook.Dataset.Should().NotBeNull();
            return "harmless";
        }
        catch (YearbookDataException ex)
        {
            // A damaged manifest hash is reported against the file it describes, with the manifest named too.
            (ex.FileName == fileName || ex.Message.Contains(fileName, StringComparison.Ordinal))
                .Should().BeTrue($"the {mutation} was made to {fileName}, and the error must name it: {ex.Message}");
            return "refused";
        }
    }

    private static byte[] Mutate(byte[] bytes, Mutation mutation, int position)
    {
        var at = position % bytes.Length;
        switch (mutation)
        {
            case Mutation.FlipByte:
                var flipped = (byte[])bytes.Clone();
                flipped[at] ^= (byte)(1 + (position % 255));
                return flipped;
            case Mutation.Truncate:
                return bytes[..at];
            case Mutation.InvalidUtf8:
                return [.. bytes[..at], 0xC3, 0x28, .. bytes[at..]];
            case Mutation.EmptyFile:
                return [];
            default:
                return MutateJson(bytes, mutation, position);
        }
    }

    // Structural mutations pick one property of the document (the n-th object, its m-th property).
    private static byte[] MutateJson(byte[] bytes, Mutation mutation, int position)
    {
        if (mutation == Mutation.DuplicateProperty)
        {
            return DuplicateScalarLine(bytes, position);
        }

        var root = JsonNode.Parse(bytes)!;
        var objects = Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var target = objects[position % objects.Count];
        var property = target.ElementAt((position / objects.Count) % target.Count).Key;
        string Replaced(string literal)
        {
            target[property] = JsonValue.Create("__mutated__");
            return root.ToJsonString().Replace("\"__mutated__\"", literal, StringComparison.Ordinal);
        }

        var json = mutation switch
        {
            Mutation.DeleteProperty => Remove(target, property, root),
            Mutation.WrongType => Replaced(target[property] is JsonArray ? "\"text\"" : "[1,2]"),
            Mutation.HugeNumber => Replaced("1e400"),
            Mutation.DeepNesting => Replaced(new string('[', 5000) + new string(']', 5000)),
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Remove(JsonObject target, string property, JsonNode root)
    {
        target.Remove(property);
        return root.ToJsonString();
    }

    // The files are indented one property per line: repeat a line holding a scalar property.
    private static byte[] DuplicateScalarLine(byte[] bytes, int position)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var candidates = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i].TrimStart().StartsWith('"') && lines[i].Contains("\": ", StringComparison.Ordinal) && !lines[i].TrimEnd(',').EndsWith('[') && !lines[i].TrimEnd(',').EndsWith('{'))
            .ToList();
        var at = candidates[position % candidates.Count];
        lines.Insert(at, lines[at].TrimEnd(',') + ",");
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static byte[] Reseal(byte[] manifestBytes, string fileName, byte[] mutated)
    {
        var manifest = JsonNode.Parse(manifestBytes)!.AsObject();
        foreach (var file in manifest["files"]!.AsArray())
        {
            if ((string?)file!["name"] == fileName)
            {
                file["sha256"] = Convert.ToHexStringLower(SHA256.HashData(mutated));
            }
        }

        var fields = Shaoxing.Yearbook2020.Data.Reading.DataReader.ReadObjectFile(Encoding.UTF8.GetBytes(manifest.ToJsonString()), Shaoxing.Yearbook2020.Data.Reading.DatasetManifestReader.Read);
        manifest["manifestSha256"] = DataFileLoader.ManifestChecksum(fields);
        return Encoding.UTF8.GetBytes(manifest.ToJsonString());
    }

    private static bool SameJson(byte[] original, byte[] mutated)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(mutated));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
