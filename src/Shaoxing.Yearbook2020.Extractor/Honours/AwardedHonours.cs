using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Awarded: prizes won (获/获得/荣获…奖). 甲、乙2个项目获一等奖 and 丙等4个项目获二等奖 (the prizes of the contest the
/// entry is about); 评选出一、二、三等奖各5名和优胜奖10名; 推荐参加省级赛事,获一、二等奖各1个; 退役军人P在…大赛总决赛中获优胜奖;
/// 参加…竞赛获集体二等奖和…个人二等奖1名; "p"上线…获…奖; 甲与乙一起获"…"奖; 2人获个人三等功.
/// </summary>
internal static class AwardedHonours
{
    private const string Prize = "(?:[一二三]等奖|优胜奖|优秀奖|金奖|银奖|铜奖|特等奖)";

    private static readonly Regex ProjectPrize = new($"(?<names>[^,。;]+?)(?<n>[0-9]+)个(?:项目|作品){Won}(?<prize>{Prize})", Options);
    private static readonly Regex PrizeCounts = new(
        $"(?:评选出|评出|决出)(?<prizes>[一二三、]+)等奖各(?<n>[0-9]+)(?:名|个)和(?<extra>[^,。;]+?奖)(?<m>[0-9]+)(?:名|个)", Options);
    private static readonly Regex FollowUp = new($"推荐参加(?<title>[^,。;]+?),{Won}(?<prizes>[一二三、]+)等奖各(?<n>[0-9]+)(?:个|名|项)", Options);
    private static readonly Regex Finalist = new(
        $"(?<who>[^,。;]+?(?:退役军人|选手|队员|职工))(?<p>{PersonName})在(?<title>[^,。;]+?(?:大赛|比赛|竞赛|比武))(?:总决赛|决赛)?中{Won}(?<rank>[^,。;]+?奖)", Options);
    private static readonly Regex Contest = new(
        $"参加(?<title>[^,。;]+?(?:竞赛|比赛|大赛|比武)){Won}(?<prize>集体[一二三]等奖)和(?<who>[^,。;]+?)个人(?<prize2>[一二三]等奖)(?<n>[0-9]+)名", Options);
    private static readonly Regex ProductPrize = new($"\"(?<p>[^\"]+)\"上线[^。]*?{Won}(?<title>[^,。;]+?奖)", Options);
    private static readonly Regex Shared = new($"与(?<other>[^,。;]+?)(?:一起|共同|一道|同时){Won}(?<title>\"[^\"]+\"奖)", Options);
    private static readonly Regex CountedPeople = new($"(?<n>[0-9]+)人{Won}(?<title>[^,。;]+)", Options);

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        foreach (Match m in ProjectPrize.Matches(text.Text))
        {
            var names = m.Groups["names"].Value;
            var size = text.Int(m.Groups["n"]);
            foreach (var name in HonourExtractor.SplitNames(names.EndsWith('等') ? names[..^1] : names))
            {
                yield return new HonourDraft
                {
                    Title = text.Heading, Level = HonourExtractor.LevelOf(text.Heading), Kind = RecipientKind.Project, Recipient = name,
                    Rank = m.Groups["prize"].Value, CohortSize = size, Conferrer = text.Organiser, Source = text.SentenceOf(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in PrizeCounts.Matches(text.Text))
        {
            var size = text.Int(m.Groups["n"]);
            var prizes = m.Groups["prizes"].Value.Split('、').Select(p => (Prize: p + "等奖", Size: size))
                .Append((Prize: m.Groups["extra"].Value, Size: text.Int(m.Groups["m"])));
            foreach (var (prize, count) in prizes)
            {
                yield return new HonourDraft
                {
                    Title = text.Heading, Level = HonourExtractor.LevelOf(text.Heading), Kind = RecipientKind.UnnamedGroup, Rank = prize, CohortSize = count,
                    Conferrer = text.Organiser, Date = text.CeremonyDate, Source = text.SentenceOf(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in FollowUp.Matches(text.Text))
        {
            foreach (var prize in m.Groups["prizes"].Value.Split('、'))
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = HonourExtractor.LevelOf(m.Groups["title"].Value), Kind = RecipientKind.UnnamedGroup,
                    Rank = prize + "等奖", CohortSize = text.Int(m.Groups["n"]), Source = text.SentenceOf(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in Finalist.Matches(text.Text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourExtractor.LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Rank = m.Groups["rank"].Value, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Contest.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            if (text.OpeningSubject is { } subject)
            {
                yield return new HonourDraft
                {
                    Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Organisation,
                    Recipient = subject, Rank = m.Groups["prize"].Value, Source = text.SpanOf(m), Position = m.Index,
                };
            }

            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.UnnamedGroup,
                Affiliation = m.Groups["who"].Value, Rank = "个人" + m.Groups["prize2"].Value,
                CohortSize = text.Int(m.Groups["n"]), Source = text.SpanOf(m), Position = m.Index,
            };
        }

        foreach (Match m in ProductPrize.Matches(text.Text))
        {
            // No body is named for the prize, so its level is unknown.
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Other, Kind = RecipientKind.Project,
                Recipient = m.Groups["p"].Value, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Shared.Matches(text.Text))
        {
            // The prize comes with the ranking the entry reports (获全国…指数第10名), published by the same body: its level is the ranking's.
            var level = HonourExtractor.LevelOf(text.Heading.TrimStart('获'));
            foreach (var city in (string[])[City, m.Groups["other"].Value])
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = level, Kind = RecipientKind.City, Recipient = city,
                    Conferrer = text.Publisher, Date = text.PublishedOn,
                    Source = text.SentenceOf(m.Groups["title"].Index, m.Groups["title"].Length), Position = m.Index,
                };
            }
        }

        foreach (Match m in CountedPeople.Matches(text.Text))
        {
            // Merits of the service's own ranks (三等功, 嘉奖), given by no body the text names.
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value.TrimEnd('。'), Level = HonourLevel.Other, Kind = RecipientKind.UnnamedGroup,
                CohortSize = text.Int(m.Groups["n"]), Source = text.SentenceOf(m), Position = m.Index,
            };
        }
    }
}
