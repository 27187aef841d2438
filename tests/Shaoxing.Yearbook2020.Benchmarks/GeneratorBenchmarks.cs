using System.Collections.Immutable;
using System.Text;
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
/// every heading gets a suffix (so headings and ids stay unique) and the curated corrections apply to
/// the first copy only; the package's validation is left out because it checks the real chapter's
/// shape (six sections), which the synthetic texts do not have.
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
        var corrections = CorrectionFile.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CorrectionFile.FileName)));
        inputs = new SeedInputs(seed, corrections, name => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));
    }

    [Benchmark]
    public ImmutableSortedDictionary<string, byte[]> ExtractAndWrite() =>
        DatasetWriter.Write(inputs.Seed, DatasetExtractor.Extract(inputs));
}
