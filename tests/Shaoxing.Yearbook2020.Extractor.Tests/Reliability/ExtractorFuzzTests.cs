using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Reliability;

/// <summary>
/// Property-based tests of the extractor under damaged text: the seed is mutated at random (truncated,
/// lines deleted or shuffled, CJK and ASCII noise inserted, a heading left unclosed, a meeting line given
/// an impossible date) and extracted, with the curated corrections and without them. Every outcome is a
/// success or an <see cref="ExtractorException"/> naming a seed line; never another exception, never a
/// hang (each case has a time limit). CsCheck prints the seed of a failing case.
/// </summary>
public sealed class ExtractorFuzzTests
{
    private const int Cases = 300;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(20);
    private static readonly string[] Lines = File.ReadAllText(RepositoryPaths.SeedFile).Split('\n');
    private static readonly ImmutableArray<Correction> Curated =
        CorrectionFile.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, CorrectionFile.FileName)));

    private enum Damage
    {
        Truncate,
        DeleteLines,
        ShuffleLines,
        CjkNoise,
        AsciiNoise,
        UnclosedHeading,
        ImpossibleMeetingDate,
        DuplicateLines,
    }

    [Fact]
    public void Extract_RandomlyDamagedSeed_SucceedsOrNamesTheSeedLine()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Gen.Select(Gen.Enum<Damage>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Bool)
            .Sample(
                (damage, a, b, withCorrections) =>
                {
                    var outcome = ExtractWithin(Damaged(damage, a, b), withCorrections);
                    outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                },
                iter: Cases,
                threads: 2,
                print: t => $"{t.Item1} a={t.Item2} b={t.Item3} corrections={t.Item4}");

        outcomes.Values.Sum().Should().BeGreaterThanOrEqualTo(Cases);
    }

    [Fact]
    public void Extract_UndamagedSeed_Succeeds()
    {
        ExtractWithin(Lines, withCorrections: true).Should().Be("success");
    }

    private static string ExtractWithin(string[] lines, bool withCorrections)
    {
        var seed = SeedDocument.FromBytes("fuzzed.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var inputs = new SeedInputs(seed, withCorrections ? Curated : [], name => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));
        var task = Task.Run(() =>
        {
            try
            {
                DatasetExtractor.Extract(inputs);
                return "success";
            }
            catch (ExtractorException ex)
            {
                // A correction may name a line beyond a truncated seed; the error still names it. Where what is
                // wrong is an absence (a curated row whose text is gone, a table that is missing) there is no
                // line to name, and the message says what is missing instead.
                ex.Message.Should().NotBeNullOrWhiteSpace();
                if (ex.Line > 0)
                {
                    ex.Message.Should().StartWith($"Seed line {ex.Line}:");
                }
                return "refused";
            }
        });
        task.Wait(CaseLimit).Should().BeTrue("the extractor must not hang");
        return task.Result;
    }

    private static string[] Damaged(Damage damage, int a, int b)
    {
        var lines = Lines.ToList();
        var at = a % lines.Count;
        var count = 1 + (b % 12);
        switch (damage)
        {
            case Damage.Truncate:
                return [.. lines.Take(at)];
            case Damage.DeleteLines:
                lines.RemoveRange(at, Math.Min(count, lines.Count - at));
                break;
            case Damage.ShuffleLines:
                var block = lines.GetRange(at, Math.Min(count, lines.Count - at));
                block.Reverse();
                lines.RemoveRange(at, block.Count);
                lines.InsertRange(Math.Min(b % lines.Count, lines.Count), block);
                break;
            case Damage.DuplicateLines:
                lines.InsertRange(at, lines.GetRange(at, Math.Min(count, lines.Count - at)));
                break;
            case Damage.CjkNoise:
                lines[at] = Insert(lines[at], b, new string([.. Enumerable.Range(0, count).Select(i => (char)(0x4E00 + ((b + (i * 7919)) % 0x5000)))]));
                break;
            case Damage.AsciiNoise:
                lines[at] = Insert(lines[at], b, new string([.. Enumerable.Range(0, count).Select(i => (char)(33 + ((b + (i * 31)) % 94)))]));
                break;
            case Damage.UnclosedHeading:
                var headings = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains('】')).ToList();
                var h = headings[a % headings.Count];
                var close = lines[h].IndexOf('】', StringComparison.Ordinal);
                lines[h] = lines[h].Remove(close, 1);
                break;
            case Damage.ImpossibleMeetingDate:
                var meetings = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains("常务会议", StringComparison.Ordinal) && lines[i].Contains('日')).ToList();
                var m = meetings[a % meetings.Count];
                var day = lines[m].IndexOf('日', StringComparison.Ordinal);
                lines[m] = lines[m][..day] + "2月30日" + lines[m][(day + 1)..];
                break;
        }

        return [.. lines];
    }

    private static string Insert(string line, int position, string noise) => line.Insert(position % (line.Length + 1), noise);
}
