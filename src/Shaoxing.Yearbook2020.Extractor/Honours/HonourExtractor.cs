using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Finds every honour, title, prize, ranking and commendation in the entry texts and 表7, one draft per
/// (honour, recipient), then merges the reports of the same honour to the same recipient.
/// </summary>
/// <remarks>
/// The text reports honours in a few families of phrasing; each family is a small class that knows that
/// family's wordings, and reads an entry only when one of the words that announce it occurs there. Names,
/// titles, counts, dates and conferrers are all captured from the text. Where the text gives no general form,
/// a family takes a fixed word, each listed where it is used:
/// <list type="bullet">
/// <item>the city (绍兴市) receives the rankings and streaks whose sentence names no other subject (lines 5, 109, 166, 176, 196);</item>
/// <item>长三角 counts as a national level (line 109: 长三角地级(含副省级)地方指数);</item>
/// <item>a grade (优秀等次) names the assessment of the thing graded, X考评 (line 385);</item>
/// <item>a practice adopted into a document is the honour 入选《…》 (line 194), and the city's rank by a count of
/// selections is the selection's title with 入选数 (line 109).</item>
/// </list>
/// </remarks>
internal static class HonourExtractor
{
    /// <summary>Every family of phrasing, with the words that announce it: a family reads an entry only when one occurs.</summary>
    private static readonly ImmutableArray<(string[] Words, Func<HonourText, IEnumerable<HonourDraft>> Find)> Families =
    [
        (["被授予", "被表彰为", "被评为", "被命名为", "荣获", "荣膺", "获得", "获评", "称号", "创建"], ConferredHonours.Find), // 被授予"…", 荣获"…"称号, 被命名为
        (["评为", "评定为", "认定为"], RatedHonours.Find),                                 // 被评为, 被考评为, 被…评定为
        (["获", "评选出", "评出", "决出"], AwardedHonours.Find),                           // 获…奖, 荣获, 评选出…等奖
        (["入选", "选出", "选为", "评为", "列入", "认定为", "成为"], SelectedHonours.Find), // 入选, 遴选出, 甲等N人被评为, 被列入…行列
        (["第", "连冠"], RankedHonours.Find),                                             // 列…第N位, 第N名, 排名第N, N连冠
        (["建议给", "建议对"], ProposedHonours.Find),                                      // 建议给…记功, 通报表扬, 予以嘉奖
    ];

    private static readonly string[] NationalWords = ["全国", "国家", "首届全国", "中国", "中央", "长三角"];

    public static ImmutableArray<Honour> Extract(ChapterExtraction chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var drafts = new List<HonourDraft>();
        foreach (var entry in chapter.Entries)
        {
            drafts.AddRange(OneNamePerRecipient([.. FromEntry(new HonourText(entry)).OrderBy(d => d.Position)]));
        }

        var table7 = chapter.Tables.FirstOrDefault(t => t.Number == 7)
            ?? throw new ExtractorException(0, "the chapter has no 表7");
        drafts.AddRange(Table7Reader.Read(table7, chapter.Entries));
        return Merge(drafts);
    }

    private static IEnumerable<HonourDraft> FromEntry(HonourText text) =>
        Families
            .Where(f => f.Words.Any(w => text.Text.Contains(w, StringComparison.Ordinal)))
            .SelectMany(f => f.Find(text))
            .Select(d => Dated(text, d));

    /// <summary>An honour the family found no date for takes the date its sentence opens with (9月28日, or only 10月).</summary>
    private static HonourDraft Dated(HonourText text, HonourDraft draft)
    {
        if (draft.Date is { } date)
        {
            return draft with { Month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        }

        var (day, month) = text.DateOfSentence(draft.Position);
        return draft with { Date = day, Month = month };
    }

    /// <summary>
    /// One passage may write one recipient two ways, with and without the county or district
    /// (新昌红十字户外救援队, 新昌县红十字户外救援队): those are one recipient, named by the fuller form, the other its alias.
    /// </summary>
    private static List<HonourDraft> OneNamePerRecipient(List<HonourDraft> drafts)
    {
        var names = drafts
            .Where(d => d.Recipient is not null)
            .GroupBy(d => (d.Kind, Key: PlainName(d.Recipient!)))
            .Select(g => g.Select(d => d.Recipient!).Distinct(StringComparer.Ordinal).ToList())
            .Where(spellings => spellings.Count > 1)
            .SelectMany(spellings =>
            {
                var full = spellings.MaxBy(s => s.Length)!;
                ImmutableArray<string> aliases = [.. spellings.Where(s => s != full).Order(StringComparer.Ordinal)];
                return spellings.Select(s => (Spelling: s, Full: full, Aliases: aliases));
            })
            .ToDictionary(n => n.Spelling, StringComparer.Ordinal);
        return
        [
            .. drafts.Select(d => d.Recipient is not null && names.TryGetValue(d.Recipient, out var n)
                ? d with { Recipient = n.Full, RecipientAliases = n.Aliases }
                : d),
        ];
    }

    private static string PlainName(string name) => name.Replace("县", string.Empty, StringComparison.Ordinal)
        .Replace("市", string.Empty, StringComparison.Ordinal).Replace("区", string.Empty, StringComparison.Ordinal);

    /// <summary>One record per (title, recipient, rank, group): later reports of the same honour become mentions of the fullest one.</summary>
    private static ImmutableArray<Honour> Merge(List<HonourDraft> drafts)
    {
        var merged = new List<(HonourDraft Draft, List<SourceSpan> Mentions)>();
        foreach (var draft in drafts)
        {
            var index = draft.Recipient is null
                ? -1
                : merged.FindIndex(m => Unqualified(m.Draft.Title) == Unqualified(draft.Title) && m.Draft.Recipient == draft.Recipient
                    && m.Draft.Rank == draft.Rank && m.Draft.Group == draft.Group);
            if (index < 0)
            {
                merged.Add((draft, []));
                continue;
            }

            var (known, mentions) = merged[index];
            var fuller = Detail(draft) > Detail(known);
            var primary = fuller ? draft : known;
            var other = fuller ? known : draft;
            mentions.Add(other.Source);
            merged[index] = (primary with
            {
                // The same ranking named with and without a qualifier (全国地级市(含副省级)…指数) keeps the plainer name.
                Title = other.Title.Length < primary.Title.Length ? other.Title : primary.Title,
                Affiliation = primary.Affiliation ?? other.Affiliation,
                Conferrer = primary.Conferrer ?? other.Conferrer,
                Date = primary.Date ?? other.Date,
                Month = (primary.Date ?? other.Date)?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? primary.Month ?? other.Month,
                RecipientAliases = [.. primary.RecipientAliases.Union(other.RecipientAliases, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                CohortSize = primary.CohortSize ?? other.CohortSize,
            }, mentions);
        }

        return
        [
            .. merged
                .OrderBy(m => m.Draft.Source.Line)
                .ThenBy(m => m.Draft.Source.EntryId is null ? 1 : 0)
                .Select((m, i) => new Honour
                {
                    Id = "honour-" + (i + 1).ToString("000", CultureInfo.InvariantCulture),
                    Title = m.Draft.Title,
                    Level = m.Draft.Level,
                    RecipientKind = m.Draft.Kind,
                    Recipient = m.Draft.Recipient,
                    RecipientAliases = m.Draft.RecipientAliases,
                    ConferrerIds = [],
                    Affiliation = m.Draft.Affiliation,
                    Nominator = m.Draft.Nominator,
                    Group = m.Draft.Group,
                    Rank = m.Draft.Rank,
                    CohortSize = m.Draft.CohortSize,
                    Conferrer = m.Draft.Conferrer,
                    Date = m.Draft.Date,
                    Month = m.Draft.Month,
                    IsProposal = m.Draft.IsProposal,
                    Source = m.Draft.Source,
                    Mentions = [.. m.Mentions.Where(s => s != m.Draft.Source).Distinct().OrderBy(s => s.Line)],
                }),
        ];
    }

    private static string Unqualified(string title)
    {
        var open = title.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : title.IndexOf(')', open);
        return close < 0 ? title : title[..open] + title[(close + 1)..];
    }

    private static int Detail(HonourDraft draft) =>
        (draft.Date is null ? 0 : 2) + (draft.Conferrer is null ? 0 : 2) + (draft.Affiliation is null ? 0 : 1) + (draft.Nominator is null ? 0 : 1);

    /// <summary>The level a title or conferrer speaks for: 全国/国家/中国/中央 national, 浙江省/省/全省 provincial, else municipal.</summary>
    /// <remarks>The one literal: 长三角 (the Yangtze delta, several provinces; line 109) counts as national.</remarks>
    internal static HonourLevel LevelOf(string words) =>
        NationalWords.Any(w => words.StartsWith(w, StringComparison.Ordinal))
            ? HonourLevel.National
            : words.StartsWith("浙江省", StringComparison.Ordinal) || words.StartsWith('省') || words.StartsWith("全省", StringComparison.Ordinal)
                ? HonourLevel.Provincial
                : HonourLevel.Municipal;

    /// <summary>Splits a list of names on 、 and 以及, leaving 、 inside quotes alone.</summary>
    internal static ImmutableArray<string> SplitNames(string names)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= names.Length; i++)
        {
            if (i < names.Length && names[i] == '"')
            {
                quoted = !quoted;
            }

            var atEnd = i == names.Length;
            var comma = !atEnd && !quoted && names[i] == '、';
            var andAlso = !atEnd && !quoted && string.CompareOrdinal(names, i, "以及", 0, 2) == 0;
            if (atEnd || comma || andAlso)
            {
                var part = names[start..i].Trim();
                if (part.Length > 0)
                {
                    parts.Add(part);
                }

                start = i + (andAlso ? 2 : 1);
                i = start - 1;
            }
        }

        return parts.ToImmutable();
    }
}
