using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Ranked: a place in a ranking, an assessment or a contest. …居全国第31位; …点击量突破50万人次,列全省第三位;
/// 获…指数第十名、…指数第二名; 在Y对…考核中,X列第五位; X在…活动中连续八年列第一位; 实现创建"…"六连冠;
/// 甲、乙在…参加…竞赛,分别获得团体第7名、第11名,其中丙同时获得…第1名; 甲、乙分获各组别第一名; 甲、乙、丙代表团分获团体前三名.
/// </summary>
internal static class RankedHonours
{
    private const string Place = "(?:位居|居|位列|排名|排)";

    private static readonly Regex Standing = new($"(?<what>[^,。;]+?){Place}(?<where>全国|全省)(?<rank>第{Numeral}(?:位|名))", Options);
    private static readonly Regex Measured = new($"(?<what>[^,。;]+?)(?:突破|达到|达|超过)[^,。;]*?,(?:列|{Place})(?<rank>(?<where>全国|全省)第{Numeral}(?:位|名))", Options);
    private static readonly Regex Index = new($"(?:获|、)(?<title>[^,。;、]+?(?:指数|榜单))(?:排行榜|排名)?(?<rank>第{Numeral}(?:名|位))", Options);
    private static readonly Regex Assessment = new(
        $"在(?<by>[^,。;]+?)对(?<title>[^,。;]+?(?:考核|考评|评比|评估))中,(?<r>[^,。;]+?)(?:列|{Place})(?<rank>第{Numeral}(?:位|名))", Options);
    private static readonly Regex Streak = new(
        $"(?<r>[^,。;]+?)在(?<title>[^,。;]+?(?:活动|评比|评议|考评))中(?<rank>连续[^,。;]+?(?:列|{Place})?第{Numeral}(?:位|名))", Options);
    private static readonly Regex Crowns = new("实现(?:创建)?\"(?<title>[^\"]+)\"(?<rank>[^,。;\"]+连冠)", Options);
    private static readonly Regex TeamPlaces = new(
        $"(?<teams>[^,。;]+?)在[^,。;]+?参加(?<title>[^,。;]+?(?:竞赛|比赛|大赛|比武)),分别{Won}(?<ranks>[^,。;]+?第[0-9]+名(?:、第[0-9]+名)*)(?:,其中(?<t3>[^,。;]+?)同时{Won}(?<rest>[^。]+))?", Options);
    private static readonly Regex Ordinal = new("(?<kind>小组项目|个人单项|团体)?(?<rank>第[0-9]+名)", Options);
    private static readonly Regex GroupWinners = new("(?<names>[^,。;]+?)分(?:别)?获(?:得)?各组别(?<rank>第[一二三]名)", Options);
    private static readonly Regex TopPlaces = new("(?<names>[^,。;]+?)(?<suffix>代表团|代表队)分(?:别)?获(?:得)?团体前(?<n>[二三四五])名", Options);

    /// <summary>A measured quantity is named after its actor and verb (社会各界开展网上祭扫点击量): the verbs that end the actor.</summary>
    private static readonly string[] ActorVerbs = ["开展", "发动", "实现"];

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        foreach (Match m in Standing.Matches(text.Text))
        {
            yield return CityRank(text, m, TrimLead(m.Groups["what"].Value), m.Groups["where"].Value + m.Groups["rank"].Value);
        }

        foreach (Match m in Measured.Matches(text.Text))
        {
            var what = TrimLead(m.Groups["what"].Value);
            var cut = ActorVerbs.Select(v => what.LastIndexOf(v, StringComparison.Ordinal) is var i and >= 0 ? i + v.Length : 0).Max();
            yield return CityRank(text, m, what[cut..], m.Groups["rank"].Value);
        }

        foreach (Match m in Index.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Conferrer = text.Publisher, Date = text.PublishedOn, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Assessment.Matches(text.Text))
        {
            var recipient = TrimLead(m.Groups["r"].Value);
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourExtractor.LevelOf(m.Groups["by"].Value),
                Kind = recipient == City ? RecipientKind.City : RecipientKind.Organisation, Recipient = recipient,
                Rank = m.Groups["rank"].Value, Conferrer = m.Groups["by"].Value, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Streak.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Organisation,
                Recipient = TrimLead(m.Groups["r"].Value), Rank = m.Groups["rank"].Value, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Crowns.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Source = text.SpanOf(m), Position = m.Index,
            };
        }

        foreach (Match m in TeamPlaces.Matches(text.Text))
        {
            foreach (var draft in Places(text, m))
            {
                yield return draft;
            }
        }

        foreach (Match m in GroupWinners.Matches(text.Text))
        {
            foreach (var team in HonourExtractor.SplitNames(m.Groups["names"].Value))
            {
                yield return Contest(text, m, team, "组别" + m.Groups["rank"].Value);
            }
        }

        foreach (Match m in TopPlaces.Matches(text.Text))
        {
            var place = 0;
            foreach (var delegation in HonourExtractor.SplitNames(m.Groups["names"].Value))
            {
                place++;
                yield return Contest(text, m, delegation + m.Groups["suffix"].Value, "团体第" + "一二三四五"[place - 1] + "名");
            }
        }
    }

    /// <summary>Teams listed with their places in the same order (分别获得团体第7名、第11名), then one of them with more places.</summary>
    private static IEnumerable<HonourDraft> Places(HonourText text, Match m)
    {
        var title = m.Groups["title"].Value;
        var level = HonourExtractor.LevelOf(title);
        var teams = HonourExtractor.SplitNames(m.Groups["teams"].Value);
        var kind = string.Empty;
        var i = 0;
        foreach (Match ordinal in Ordinal.Matches(m.Groups["ranks"].Value))
        {
            // 团体第7名、第11名: the kind written on the first place holds for the places after it.
            kind = ordinal.Groups["kind"].Success ? ordinal.Groups["kind"].Value : kind;
            if (i < teams.Length)
            {
                yield return Team(teams[i++], kind + ordinal.Groups["rank"].Value);
            }
        }

        if (m.Groups["t3"].Success)
        {
            kind = string.Empty;
            foreach (Match ordinal in Ordinal.Matches(m.Groups["rest"].Value))
            {
                kind = ordinal.Groups["kind"].Success ? ordinal.Groups["kind"].Value : kind;
                yield return Team(m.Groups["t3"].Value, kind + ordinal.Groups["rank"].Value);
            }
        }

        HonourDraft Team(string name, string rank) => new()
        {
            Title = title, Level = level, Kind = RecipientKind.Team, Recipient = TrimLead(name), Rank = rank, Source = text.SentenceOf(m), Position = m.Index,
        };
    }

    /// <summary>A place at the contest the entry is about, held on the day the entry opens with.</summary>
    private static HonourDraft Contest(HonourText text, Match m, string team, string rank) => new()
    {
        Title = text.Heading, Level = HonourExtractor.LevelOf(text.Heading), Kind = RecipientKind.Team, Recipient = team, Rank = rank,
        Date = text.OpeningDate, Conferrer = text.Organiser, Source = text.SentenceOf(m), Position = m.Index,
    };

    private static HonourDraft CityRank(HonourText text, Match m, string what, string rank) => new()
    {
        Title = what, Level = rank.StartsWith("全国", StringComparison.Ordinal) ? HonourLevel.National : HonourLevel.Provincial,
        Kind = RecipientKind.City, Recipient = City, Rank = rank, Source = text.SentenceOf(m), Position = m.Index,
    };
}
