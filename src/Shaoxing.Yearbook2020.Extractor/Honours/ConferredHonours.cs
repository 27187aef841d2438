using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Conferred: a title given to named recipients, people or units. 甲、乙等4人被授予"…" (or 被表彰为, 被评为, 荣获, 荣膺, 获得,
/// 获评"…"称号; 甲、乙等2家单位 likewise); X被命名为"…"
/// (实现"六连冠"); 文员展才华获…称号; …称号获得者展才华; 创建N个县级"…" (a model designation earned by building it).
/// </summary>
internal static class ConferredHonours
{
    private const string Conferred = "(?:被授予|被表彰为|被评为|被命名为|荣获|荣膺|获得|获评)";

    private static readonly Regex Cohort = new(
        $"(?<names>[^,。;]+?)等(?<n>[0-9]+)(?<unit>人|名|家单位|个单位){Conferred}\"(?<title>[^\"]+)\"", Options);

    private static readonly Regex Named = new("(?<r>[^,。;]+?)被命名为\"(?<title>[^\"]+)\"(?:,实现\"(?<rank>[^\"]+)\")?", Options);

    private static readonly Regex PersonWithRole = new(
        $"(?<aff>[^,。;]+?)(?:文员|队员|民警|职工|干部|教师|消防员|指战员)(?<p>{PersonName})(?:被授予|{Won})(?<title>[^,。;]+?)称号", Options);

    private static readonly Regex Holder = new($"(?<title>[^,。;]+?)(?:称号)?获得者(?<p>{PersonName})(?:的|,|。|、|等)", Options);

    private static readonly Regex Created = new("创建(?<list>[0-9]+个[^,。;\"]*?\"[^\"]+\"(?:[,、][0-9]+个[^,。;\"]*?\"[^\"]+\")*)", Options);
    private static readonly Regex CreatedItem = new("(?<n>[0-9]+)个(?<where>[^,。;\"]*?)\"(?<title>[^\"]+)\"", Options);

    /// <summary>Where a title begins inside a longer phrase (报道绍兴市全国119消防先进个人): its level word.</summary>
    private static readonly string[] LevelWords = ["全国", "国家", "浙江省", "全省"];

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        foreach (Match m in Cohort.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            var kind = m.Groups["unit"].Value is "人" or "名" ? RecipientKind.Person : RecipientKind.Organisation;
            foreach (var name in HonourExtractor.SplitNames(m.Groups["names"].Value))
            {
                yield return new HonourDraft
                {
                    Title = title, Level = HonourExtractor.LevelOf(title), Kind = kind, Recipient = name,
                    CohortSize = text.Int(m.Groups["n"]), Source = text.SpanOf(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in Named.Matches(text.Text))
        {
            var recipient = TrimLead(m.Groups["r"].Value);
            if (recipient.Contains('等', StringComparison.Ordinal))
            {
                continue; // a counted cohort, read above
            }

            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = recipient == City ? RecipientKind.City : RecipientKind.Organisation,
                Recipient = recipient, Rank = m.Groups["rank"].Success ? m.Groups["rank"].Value : null,
                Source = text.SpanOf(m), Position = m.Index,
            };
        }

        foreach (Match m in PersonWithRole.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Affiliation = TrimLead(m.Groups["aff"].Value), Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Holder.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            var start = LevelWords.Select(w => title.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
            title = title[start..];
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Created.Matches(text.Text))
        {
            foreach (Match item in CreatedItem.Matches(m.Groups["list"].Value))
            {
                var title = item.Groups["title"].Value;
                yield return new HonourDraft
                {
                    Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.UnnamedGroup,
                    Group = item.Groups["where"].Value, CohortSize = text.Int(item.Groups["n"]), Source = text.SentenceOf(m), Position = m.Index,
                };
            }
        }
    }
}
