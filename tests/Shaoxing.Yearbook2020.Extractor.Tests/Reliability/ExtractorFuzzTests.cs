using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Generation;
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

    [Theory]
    [InlineData("99999999999999999999999999999")]
    [InlineData("79228162514264337593543950335亿")]
    public void Extract_NumberTooLargeForADecimal_ThrowsNamingTheLine(string number)
    {
        var lines = Lines.ToArray();
        var line = Array.FindIndex(lines, l => l.Contains("退役军人盛文斌在", StringComparison.Ordinal)) + 1;
        lines[line - 1] = lines[line - 1].Replace("退役军人盛文斌在", $"退役军人盛文斌{number}个在", StringComparison.Ordinal);

        var extract = () => DatasetExtractor.Extract(Inputs(lines, withCorrections: true));

        extract.Should().Throw<ExtractorException>().Which.Should().Match<ExtractorException>(ex => ex.Line == line && ex.Message.Contains(number.TrimEnd('亿')));
    }

    [Theory]
    [InlineData(7, "及31 个工作部门", "及99999999999 个工作部门")]
    [InlineData(39, "常务会议 22次", "常务会议 99999999999次")]
    [InlineData(238, "表6", "表99999999999")]
    public void Extract_DigitsTooLargeForACountYearOrTableNumber_ThrowsNamingTheLine(int line, string find, string replacement)
    {
        var lines = Lines.ToArray();
        lines[line - 1].Should().Contain(find);
        lines[line - 1] = lines[line - 1].Replace(find, replacement, StringComparison.Ordinal);

        var extract = () => DatasetExtractor.Extract(Inputs(lines, withCorrections: true));

        extract.Should().Throw<ExtractorException>().Which.Should().Match<ExtractorException>(ex => ex.Line == line && ex.Message.Contains("99999999999"));
    }

    [Theory]
    [InlineData("agencies.json", "item 1")]
    [InlineData("places.json", "item 1")]
    [InlineData("corrections.json", "item 1")]
    public void Make_CuratedFileHoldingANullItem_ThrowsNamingTheFileAndTheItem(string fileName, string item)
    {
        using var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        File.WriteAllText(Path.Combine(seeds.Path, fileName), "[null]");

        var make = () => DatasetGenerator.Make(seeds.Path);

        make.Should().Throw<ExtractorException>().WithMessage($"*{fileName}*").And.Message.Should().Contain(item);
    }

    [Theory]
    [InlineData("a named pipe")]
    [InlineData("a symbolic link to /dev/zero")]
    public async Task FromDirectory_SeedThatIsNotARegularFile_ThrowsNamingItWithoutReadingIt(string what)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var seeds = TempDirectory.CopyOf(RepositoryPaths.Seeds);
        var path = Path.Combine(seeds.Path, Path.GetFileName(RepositoryPaths.SeedFile));
        File.Delete(path);
        if (what == "a named pipe")
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }
        else
        {
            File.CreateSymbolicLink(path, "/dev/zero");
        }

        var read = Task.Run(() => SeedInputs.FromDirectory(seeds.Path));

        // A hang guard only: the refusal comes before a byte is read.
        (await Task.WhenAny(read, Task.Delay(CaseLimit, TestContext.Current.CancellationToken))).Should().BeSameAs(read, "reading the seed folder must not block on " + what);
        read.Exception!.InnerException.Should().BeOfType<ExtractorException>().Which.Message.Should().Contain(path);
    }

    [Fact]
    public void Extract_SeedWithAByteOrderMark_ReadsTheSameLines()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(RepositoryPaths.SeedFile)];
        var seed = SeedDocument.FromBytes("with-bom.txt", bytes);

        seed.Lines.Should().Equal(Lines, "the mark is not text, and line numbers stay those of the file");
        var extract = () => DatasetExtractor.Extract(new SeedInputs(seed, Curated, name => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name))));
        extract.Should().NotThrow();
    }

    [Theory]
    [InlineData('\0')]
    [InlineData('\u0007')]
    [InlineData('\u001b')]
    [InlineData('\u007f')]
    [InlineData('\u0085')]
    public void FromBytes_ControlCharacterInTheSeed_ThrowsNamingTheLineAndColumn(char control)
    {
        var lines = Lines.ToArray();
        lines[4] = lines[4].Insert(2, control.ToString());

        var read = () => SeedDocument.FromBytes("control.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        read.Should().Throw<ExtractorException>().Which.Should().Match<ExtractorException>(
            ex => ex.Line == 5 && ex.Message.Contains("column 3") && ex.Message.Contains($"U+{(int)control:X4}"));
    }

    // The limit guards against a hang only; the cost of long sentences is measured by LongSentenceBenchmarks.
    [Theory(Timeout = 120_000)]
    [InlineData("共有", "{0}个", 5_000)]
    [InlineData("增幅分别为", "{0}.5%", 5_000)]
    public async Task Extract_SentenceOfThousandsOfFigures_GivesEveryFigure(string opening, string item, int count)
    {
        var lines = Lines.ToArray();
        var line = Array.FindIndex(lines, l => l.Contains("退役军人盛文斌在", StringComparison.Ordinal));
        var baseline = await Task.Run(() => DatasetExtractor.Extract(Inputs(lines, withCorrections: true)).Figures.Length, TestContext.Current.CancellationToken);
        lines[line] += opening + string.Join("、", Enumerable.Range(1, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, item, i % 100))) + "。";

        var figures = await Task.Run(() => DatasetExtractor.Extract(Inputs(lines, withCorrections: true)).Figures, TestContext.Current.CancellationToken);

        figures.Length.Should().Be(baseline + count);
    }

    private static SeedInputs Inputs(string[] lines, bool withCorrections) =>
        new(
            SeedDocument.FromBytes("fuzzed.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines))),
            withCorrections ? Curated : [],
            name => File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name)));

    private static string ExtractWithin(string[] lines, bool withCorrections)
    {
        var inputs = Inputs(lines, withCorrections);
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
