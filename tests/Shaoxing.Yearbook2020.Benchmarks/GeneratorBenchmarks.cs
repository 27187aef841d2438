using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Shaoxing.Yearbook2020.Extractor;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>
/// The generator's pipeline (extract every record, serialize every file) on the seed, and on synthetic
/// texts made of the seed repeated 10× and 100×, to show that its cost grows linearly. In the copies
/// every heading gets a suffix <c>·N</c> (so headings and ids stay unique) and every curated correction
/// is repeated for every copy (its line moved to the copy, its heading texts given the same suffix), so
/// each copy is extracted exactly like the seed; the package's validation is left out because it
/// checks the real chapter's shape (six sections), which the synthetic texts do not have.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SeedInputs inputs = null!;

    /// <summary>How many times the seed is repeated.</summary>
    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void MakeText()
    {
        var lines = File.ReadAllText(RepositoryPaths.SeedFile).Split('\n');
        var text = new StringBuilder(string.Join('\n', lines));
        for (var copy = 2; copy <= Copies; copy++)
        {
            foreach (var line in lines)
            {
                text.Append('\n').Append(line.Replace("】", $"·{copy}】", StringComparison.Ordinal));
            }
        }

        var seed = SeedDocument.FromBytes("synthetic.txt", Encoding.UTF8.GetBytes(text.ToString()));
        var rows = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CorrectionFile.FileName)))!.AsArray();
        var repeated = new JsonArray();
        for (var copy = 1; copy <= Copies; copy++)
        {
            foreach (var row in rows)
            {
                var copied = row!.DeepClone().AsObject();
                if (copy > 1)
                {
                    var suffix = $"·{copy}";
                    copied["id"] = $"{copied["id"]}{suffix}";
                    copied["line"] = copied["line"]!.GetValue<int>() + ((copy - 1) * lines.Length);
                    foreach (var field in new[] { "original", "corrected" })
                    {
                        if (copied[field] is { } value && copied["kind"]!.GetValue<string>() != "infer-section")
                        {
                            copied[field] = value.GetValue<string>().Replace("】", suffix + "】", StringComparison.Ordinal);
                        }
                    }

                    if (copied["targetHeading"] is { } heading)
                    {
                        copied["targetHeading"] = heading.GetValue<string>() + suffix;
                    }
                }

                repeated.Add(copied);
            }
        }

        var corrections = CorrectionFile.Parse(Encoding.UTF8.GetBytes(repeated.ToJsonString()));
        inputs = new SeedInputs(seed, corrections, name => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));
    }

    [Benchmark]
    public ImmutableSortedDictionary<string, byte[]> ExtractAndWrite() =>
        DatasetWriter.Write(inputs.Seed, DatasetExtractor.Extract(inputs));
}
