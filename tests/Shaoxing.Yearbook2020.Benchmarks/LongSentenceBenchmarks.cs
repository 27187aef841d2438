using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Shaoxing.Yearbook2020.Extractor.Figures;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>
/// The figure parser and labeler on one sentence of thousands of figures, a list of counts (1个、2个…) and a
/// list of percentages after 分别, to show that their cost grows with the length of the sentence, not its square.
/// </summary>
[MemoryDiagnoser]
public class LongSentenceBenchmarks
{
    private string text = string.Empty;

    /// <summary>How many figures the sentence lists.</summary>
    [Params(4_000, 16_000, 32_000)]
    public int Figures { get; set; }

    /// <summary>What the sentence lists: counts, or percentages after 分别.</summary>
    [Params("counts", "respectively")]
    public string Kind { get; set; } = "counts";

    [GlobalSetup]
    public void MakeText()
    {
        var items = Enumerable.Range(1, Figures).Select(i => Kind == "counts"
            ? i.ToString(CultureInfo.InvariantCulture) + "个"
            : (i % 100).ToString(CultureInfo.InvariantCulture) + ".5%");
        text = (Kind == "counts" ? "全市共有" : "各项指标同比分别增长") + string.Join("、", items) + "。";
    }

    [Benchmark]
    public ImmutableArray<NumberToken> ParseAndLabel() => FigureParser.Parse(text);
}
