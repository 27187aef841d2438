using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Tests.Data;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// Property-based tests of <see cref="Yearbook.CheckConsistency"/> and <see cref="Yearbook.Validate"/> on data
/// that is well-formed but wrong: a value of a data file is changed (numbers to 0, −100, extremes of int and
/// decimal; texts to blanks, control characters or another record's value) or an array loses, repeats or
/// empties its elements, and the manifest's hash and record count are brought up to date so that the change
/// gets past the integrity check. Whatever the change, both answer with a report, or the load refuses the
/// data with <see cref="YearbookDataException"/>; never another exception. CsCheck prints the seed of any
/// failing case (rerun it with the CsCheck_Seed environment variable).
/// </summary>
public sealed class EvaluationFuzzTests
{
    private const int Cases = 600;

    private static readonly Dictionary<string, byte[]> Original = ManifestEditor.CommittedFiles();

    private static readonly string[] FileNames = [.. Original.Keys.Where(n => n != DataFileNames.Dataset).Order(StringComparer.Ordinal)];

    private static readonly JsonNode[] Numbers =
    [
        0, -1, -100, 1, 100, int.MaxValue, int.MinValue, decimal.MaxValue, decimal.MinValue, 0.0001m, -0.5m, 1e20m,
    ];

    private static readonly string[] Texts = [string.Empty, " ", "\u0000", "\u001b[2J", "../x", "柯 桥 区", "2020-02-30", "s1-e01"];

    private enum Mutation
    {
        SetNumber,
        SetText,
        CopyValueFromAnotherRecord,
        RemoveElement,
        RepeatElement,
        EmptyArray,
    }

    [Fact]
    public void CheckConsistencyAndValidate_WrongButHashConsistentData_AnswerOrRefuseWithYearbookDataException()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Gen.Select(Gen.Int[0, FileNames.Length - 1], Gen.Enum<Mutation>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue])
            .Sample(
                (file, mutation, where, what) =>
                {
                    var outcome = Evaluate(FileNames[file], mutation, where, what);
                    outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                },
                iter: Cases,
                print: t => $"{FileNames[t.Item1]} {t.Item2} at {t.Item3} value {t.Item4}");

        outcomes.Values.Sum().Should().BeGreaterThanOrEqualTo(Cases);
        outcomes.Keys.Should().Contain("invalid", "most changes break a rule that Validate checks");
    }

    private static string Evaluate(string fileName, Mutation mutation, int where, int what)
    {
        var files = new Dictionary<string, byte[]>(Original, StringComparer.Ordinal);
        var root = JsonNode.Parse(Original[fileName])!.AsArray();
        Mutate(root, mutation, where, what);
        ManifestEditor.RewriteWithHash(files, fileName, Encoding.UTF8.GetBytes(root.ToJsonString()), root.Count);

        Yearbook yearbook;
        try
        {
            yearbook = Yearbook.Load(new InMemoryDataFileSource(files));
        }
        catch (YearbookDataException)
        {
            return "refused";
        }

        // Neither call may throw anything but YearbookDataException, and none is expected here: Load read every file.
        var consistency = yearbook.CheckConsistency();
        consistency.Results.Should().HaveCount(yearbook.ConsistencyRules.Count);
        var report = yearbook.Validate();
        return report.IsValid ? "valid" : "invalid";
    }

    private static void Mutate(JsonArray root, Mutation mutation, int where, int what)
    {
        var nodes = Descendants(root).ToList();
        switch (mutation)
        {
            case Mutation.SetNumber:
                Replace(Pick(nodes.OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.Number), where), Numbers[what % Numbers.Length].DeepClone());
                break;
            case Mutation.SetText:
                Replace(Pick(nodes.OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String), where), Texts[what % Texts.Length]);
                break;
            case Mutation.CopyValueFromAnotherRecord:
                // The same property of another record: a duplicate id, a foreign reference, a wrong but typed value.
                if (Pick(nodes.OfType<JsonValue>().Where(v => v.Parent is JsonObject), where) is { } target)
                {
                    var name = target.GetPropertyName();
                    var donors = nodes.OfType<JsonObject>().Where(o => o.ContainsKey(name) && !ReferenceEquals(o, target.Parent)).ToList();
                    if (donors.Count > 0)
                    {
                        Replace(target, donors[what % donors.Count][name]?.DeepClone());
                    }
                }

                break;
            case Mutation.RemoveElement:
                if (Pick(nodes.OfType<JsonArray>().Where(a => a.Count > 0), where) is { } shrunk)
                {
                    shrunk.RemoveAt(what % shrunk.Count);
                }

                break;
            case Mutation.RepeatElement:
                if (Pick(nodes.OfType<JsonArray>().Where(a => a.Count > 0), where) is { } grown)
                {
                    grown.Add(grown[what % grown.Count]?.DeepClone());
                }

                break;
            default:
                Pick(nodes.OfType<JsonArray>().Where(a => a.Count > 0), where)?.Clear();
                break;
        }
    }

    private static T? Pick<T>(IEnumerable<T> candidates, int where)
        where T : class
    {
        var list = candidates.ToList();
        return list.Count == 0 ? null : list[where % list.Count];
    }

    private static void Replace(JsonNode? node, JsonNode? value)
    {
        switch (node?.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = value;
                break;
        }
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
}
