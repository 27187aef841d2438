using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Coverage;

/// <summary>
/// Nothing lost without a word: every sentence of the entries that carries an honour cue or a casualty cue either yields
/// a record that reads it, or is listed as unread (<see cref="FileName"/>, written beside the data and pinned by the drift
/// test), so a sentence that stops being read fails by name instead of vanishing.
/// </summary>
public static class CueSentences
{
    /// <summary>The report's file name in the data folder. Not <c>*.json</c>: it is no record kind and not embedded in the package.</summary>
    public const string FileName = "unread-sentences.tsv";

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Honour cues as yearbooks and bulletins word them, longest first; 获…称号 and 获…奖 with up to 30 characters between.</summary>
    private static readonly Regex HonourCue = new(
        "被表彰为|被命名为|被授予|被评为|获评|荣获|荣膺|入选|授予|命名为|评为|获[^,。;]{1,30}?(?:称号|奖)", Options);

    private static readonly Regex QuotedName = new("《[^》]+》|\"[^\"]+\"", Options);

    private static readonly Regex CasualtyCue = new(string.Join('|', CasualtyWords.All), Options);

    /// <summary>Lists the sentences with a cue that no record reads.</summary>
    /// <param name="entries">The entries, with their repaired texts.</param>
    /// <param name="honours">The honours extracted.</param>
    /// <param name="incidents">The safety incidents extracted.</param>
    /// <param name="figures">The figures extracted.</param>
    /// <returns>The unread sentences, in text order.</returns>
    public static ImmutableArray<UnreadSentence> Unread(
        ImmutableArray<Entry> entries, ImmutableArray<Honour> honours, ImmutableArray<SafetyIncident> incidents, ImmutableArray<Figure> figures)
    {
        var unread = ImmutableArray.CreateBuilder<UnreadSentence>();
        foreach (var entry in entries)
        {
            foreach (var (start, sentence) in Sentences(entry.Text))
            {
                var span = entry.SourceOf(start, sentence.Length);
                var honour = HonourCue.Match(sentence);
                if (honour.Success && !honours.Any(h => ReadsHonour(h, span, sentence)))
                {
                    unread.Add(new UnreadSentence(span.Line, entry.Id, CueKind.Honour, Cue(honour.Value), sentence));
                }

                var casualty = CasualtyCue.Match(sentence);
                if (casualty.Success
                    && !incidents.Any(i => (i.Deaths ?? i.Injured ?? i.SeriouslyInjured) is not null && Overlaps(span, i.Source, i.Mentions))
                    && !figures.Any(f => f.EntryId == entry.Id && CountsCasualties(f) && f.Source.Line >= span.Line && f.Source.Line <= span.EndLine && sentence.Contains(f.Quote, StringComparison.Ordinal)))
                {
                    unread.Add(new UnreadSentence(span.Line, entry.Id, CueKind.Casualty, casualty.Value, sentence));
                }

                if (UnpairedList(entry, span, sentence, figures) is { } unpaired)
                {
                    unread.Add(new UnreadSentence(span.Line, entry.Id, CueKind.UnpairedList, unpaired, sentence));
                }
            }
        }

        return unread.ToImmutable();
    }

    /// <summary>The cue of a sentence whose 分别 follows a list of counts and precedes percentages of another length
    /// (<c>分别 (3 items, 2 values)</c>), or <see langword="null"/>; the figure labeler leaves such values unpaired.</summary>
    private static string? UnpairedList(Entry entry, SourceSpan span, string sentence, ImmutableArray<Figure> figures)
    {
        var respectively = sentence.IndexOf("分别", StringComparison.Ordinal);
        if (respectively < 0)
        {
            return null;
        }

        // The figures of the sentence in text order, each at its quote's place after the previous one.
        var placed = new List<(int At, Figure Figure)>();
        var from = 0;
        foreach (var figure in figures.Where(f => f.EntryId == entry.Id && f.Source.Line >= span.Line && f.Source.Line <= span.EndLine))
        {
            var at = sentence.IndexOf(figure.Quote, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                placed.Add((at, figure));
                from = at + figure.Quote.Length;
            }
        }

        var items = placed.Count(p => p.At < respectively && p.Figure.Unit != "%");
        var values = placed.Count(p => p.At > respectively && p.Figure.Unit == "%");
        return values > 0 && items > 0 && items != values
            ? FormattableString.Invariant($"分别 ({items} items, {values} values)")
            : null;
    }

    /// <summary>The report: a header and one tab-separated row per sentence (line, entry, kind, cue, sentence), <c>\n</c> line ends.</summary>
    /// <param name="unread">The unread sentences.</param>
    /// <returns>The file's UTF-8 bytes.</returns>
    public static byte[] Write(ImmutableArray<UnreadSentence> unread)
    {
        return Generation.TsvReport.Write(
            ["line", "entry", "kind", "cue", "sentence"],
            unread.Select(u => (IReadOnlyList<string>)[u.Line.ToString(CultureInfo.InvariantCulture), u.EntryId, KindName(u.Kind), u.Cue, u.Sentence]));
    }

    private static string KindName(CueKind kind) => kind switch
    {
        CueKind.Honour => "honour",
        CueKind.Casualty => "casualty",
        _ => "unpaired-list",
    };

    /// <summary>The sentences of a text, split after 。;!? and at paragraph ends, with where each starts.</summary>
    private static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '。' or ';' or '!' or '?' or '\n')
            {
                var end = i < text.Length && text[i] != '\n' ? i + 1 : i;
                if (end > start && text[start..end].Trim().Length > 0)
                {
                    yield return (start, text[start..end]);
                }

                start = i + 1;
            }
        }
    }

    /// <summary>An honour reads a sentence when it was printed on the sentence's lines and the sentence names its title (or
    /// the name the title quotes: 入选《…》 is read from 入选…制定的《…》) or its recipient.</summary>
    private static bool ReadsHonour(Honour honour, SourceSpan span, string sentence) =>
        Overlaps(span, honour.Source, honour.Mentions)
        && (sentence.Contains(honour.Title, StringComparison.Ordinal)
            || sentence.Contains(QuotedName.Match(honour.Title) is { Success: true } quoted ? quoted.Value : honour.Title, StringComparison.Ordinal)
            || (honour.Recipient is { Length: > 0 } recipient && sentence.Contains(recipient, StringComparison.Ordinal)));

    private static bool Overlaps(SourceSpan span, SourceSpan source, ImmutableArray<SourceSpan> mentions) =>
        mentions.Prepend(source).Any(s => s.Line <= span.EndLine && s.EndLine >= span.Line);

    /// <summary>A figure that counts people in a casualty word's label (死亡47人, 6人受伤) reads its sentence's casualties.</summary>
    private static bool CountsCasualties(Figure figure) =>
        figure.NormalizedUnit is "人" or "名" && CasualtyWords.All.Any(w => figure.Label.Contains(w, StringComparison.Ordinal));

    /// <summary>获…称号 is reported as 获…称号, not with the title between.</summary>
    private static string Cue(string matched) =>
        matched.Length > 2 && matched[0] == '获' && (matched.EndsWith("称号", StringComparison.Ordinal) || matched.EndsWith('奖'))
            ? "获…" + (matched.EndsWith("称号", StringComparison.Ordinal) ? "称号" : "奖")
            : matched;
}
