using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Selected: chosen for a list, a programme or a document. 全市有4个…入选"…"; 入选"…"7个 (with 入选数列全省第N位, the
/// city's rank by that count, and 其中甲、乙入选… naming members); 遴选出甲等10人为"…"; X经Y考核被列入…行列;
/// 形成"…"。该模式成为…案例; "…"活动。该做法入选Y制定的《…》.
/// </summary>
internal static class SelectedHonours
{
    private const string Selected = "(?:入选|被评选为|被选为)";

    private static readonly Regex CountThenTitle = new($"(?<n>[0-9]+)个(?<what>[^,。;]+?){Selected}(?<title>[^,。;]+)", Options);
    private static readonly Regex TitleThenCount = new($"{Selected}(?<title>[^,。;]+?)(?<n>[0-9]+)个", Options);
    private static readonly Regex CountRank = new($",入选数(?:量)?(?:列|居|位列)(?<rank>(?:全国|全省|全市)第{Numeral}位)", Options);
    private static readonly Regex Members = new($",其中(?<names>[^,。;]+?){Selected}(?<title>[^,。;]+)", Options);
    // 遴选出甲等10人为…"…", and the same cohort worded from its side: 甲等10人被评为(当选为)…"…".
    private static readonly Regex People = new(
        $"(?:(?:遴选出|评选出|选出)(?<p>[^,。;、]+?)等(?<n>[0-9]+)(?:人|名)为|(?<p>[^,。;、]+?)等(?<n>[0-9]+)(?:人|名)(?:被评为|被评选为|当选为))(?<title>[^,。;\"]+?\"[^\"]+\")",
        Options);
    private static readonly Regex Listed = new("(?<team>[^,。;]+?)(?:经(?<by>[^,。;]+?)(?:考核|评审|认定))?(?:被列入|列入|被认定为)(?<title>[^,。;]+?)(?:行列|名单|名录)", Options);
    private static readonly Regex BecameCase = new("形成(?<r>\"[^。]*?\")。该(?:模式|做法|经验)(?:成为|入选|被评为)(?<title>[^,。;]+?案例)", Options);
    private static readonly Regex AdoptedInto = new("(?<r>\"[^\"]+\"(?:活动|做法|模式|经验))。该(?:做法|模式|经验|活动)(?:入选|被纳入|被写入)(?<by>[^,。;]+?)(?:制定|印发|出台)的(?<title>《[^》]+》)", Options);

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        foreach (var m in CountThenTitle.Matches(text.Text).Concat(TitleThenCount.Matches(text.Text)).OrderBy(m => m.Index))
        {
            var title = m.Groups["title"].Value;
            var level = HonourExtractor.LevelOf(title);
            yield return new HonourDraft
            {
                Title = title, Level = level, Kind = RecipientKind.UnnamedGroup, CohortSize = text.Int(m.Groups["n"]),
                Source = text.SentenceOf(m), Position = m.Index,
            };

            var end = m.Index + m.Length;
            if (CountRank.Match(text.Text, end) is { Success: true } rank && rank.Index == end)
            {
                yield return new HonourDraft
                {
                    Title = title + "入选数", Level = level, Kind = RecipientKind.City, Recipient = City, Rank = rank.Groups["rank"].Value,
                    Source = text.SentenceOf(m), Position = m.Index,
                };
                end = rank.Index + rank.Length;
            }

            if (Members.Match(text.Text, end) is { Success: true } members && members.Index == end)
            {
                // Members of the selection just counted: the same level as the selection they are picked from.
                foreach (var name in HonourExtractor.SplitNames(members.Groups["names"].Value))
                {
                    yield return new HonourDraft
                    {
                        Title = members.Groups["title"].Value, Level = level, Kind = RecipientKind.Project, Recipient = name,
                        Source = text.SentenceOf(m.Index, members.Index + members.Length - m.Index), Position = m.Index,
                    };
                }
            }
        }

        foreach (Match m in People.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, CohortSize = text.Int(m.Groups["n"]), Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in Listed.Matches(text.Text))
        {
            var team = TrimLead(m.Groups["team"].Value);
            team = team.StartsWith("其中", StringComparison.Ordinal) ? team[2..] : team;
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Team, Recipient = team,
                Conferrer = m.Groups["by"].Success ? m.Groups["by"].Value : null, Source = text.SentenceOf(m), Position = m.Index,
            };
        }

        foreach (Match m in BecameCase.Matches(text.Text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourExtractor.LevelOf(title), Kind = RecipientKind.Project,
                Recipient = m.Groups["r"].Value, Source = text.SpanOf(m), Position = m.Index,
            };
        }

        foreach (Match m in AdoptedInto.Matches(text.Text))
        {
            yield return new HonourDraft
            {
                Title = "入选" + m.Groups["title"].Value, Level = HonourExtractor.LevelOf(m.Groups["by"].Value), Kind = RecipientKind.Project,
                Recipient = m.Groups["r"].Value, Conferrer = m.Groups["by"].Value, Source = text.SpanOf(m), Position = m.Index,
            };
        }
    }
}
