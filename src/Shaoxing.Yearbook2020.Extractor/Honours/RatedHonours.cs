using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Rated: a body's verdict on named recipients. 甲、乙和丙等12个市级部门被考评为优秀单位 (the assessment named by the
/// sentence that organised it); X被Y评为优秀等次 / 评定为…奖 / 评为…案例 (此项改革 and 该做法 point back to what the
/// text last said it carried out).
/// </summary>
internal static class RatedHonours
{
    private const string RatedAs = "(?:考评为|评定为|评为|认定为)";

    private static readonly Regex Cohort = new($"(?<names>[^,。;]+?)等(?<n>[0-9]+)个[^,。;]*?被{RatedAs}(?<rank>[^,。;]+?(?:单位|等次|集体))", Options);
    private static readonly Regex AssessedBy = new("(?<by>[^,。;]+?)组织[^。]*?对签订(?:[0-9]{4}年度)?(?<what>[^,。;]+?)书的[^。]*?进行考核", Options);
    private static readonly Regex ByBody = new($"(?<r>[^,。;]*?)被(?<by>[^,。;]{{2,}}?){RatedAs}(?<what>[^,。;]+)", Options);
    private static readonly Regex Launched = new("(?<a>[^,。;、]+?)、(?<b>[^,。;、]+?)分别(?:开发上线|开发|上线|推出)\"(?<p1>[^\"]+)\"和\"(?<p2>[^\"]+)\"", Options);
    private static readonly Regex CarriedOut = new("(?:推进|实施|开展)(?<r>[^,。;]*?(?:改革|行动|工程))", Options);

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        var assessedBy = AssessedBy.Match(text.Text);
        foreach (Match m in Cohort.Matches(text.Text))
        {
            // 甲、乙和丙、丁等12个市级部门: the places before 和 are outside the counted departments.
            var size = text.Int(m.Groups["n"]);
            var names = m.Groups["names"].Value;
            var split = names.IndexOf('和', StringComparison.Ordinal);
            var places = split < 0 ? [] : HonourExtractor.SplitNames(names[..split]);
            var departments = HonourExtractor.SplitNames(split < 0 ? names : names[(split + 1)..]);
            var title = assessedBy.Success ? assessedBy.Groups["what"].Value + "考核" : text.Heading;
            foreach (var (name, cohort) in places.Select(c => (c, (int?)null)).Concat(departments.Select(d => (d, (int?)size))))
            {
                yield return new HonourDraft
                {
                    Title = title, Level = HonourLevel.Municipal, Kind = RecipientKind.Organisation, Recipient = name,
                    Rank = m.Groups["rank"].Value, CohortSize = cohort,
                    Conferrer = assessedBy.Success ? TrimLead(assessedBy.Groups["by"].Value) : null, Source = text.SentenceOf(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in ByBody.Matches(text.Text))
        {
            foreach (var draft in ByBodyDrafts(text, m))
            {
                yield return draft;
            }
        }
    }

    private static IEnumerable<HonourDraft> ByBodyDrafts(HonourText text, Match m)
    {
        var by = m.Groups["by"].Value;
        var what = m.Groups["what"].Value;
        var subject = TrimLead(m.Groups["r"].Value);
        if (what.EndsWith("等次", StringComparison.Ordinal) || what.EndsWith("等级", StringComparison.Ordinal))
        {
            // A grade, not a title: the honour is the assessment of the thing graded.
            yield return new HonourDraft
            {
                Title = subject.Replace(City, string.Empty, StringComparison.Ordinal) + "考评", Level = HonourExtractor.LevelOf(by),
                Kind = IsUndertaking(subject) ? RecipientKind.Project : RecipientKind.Organisation, Recipient = subject, Rank = what,
                Conferrer = by, Source = text.SentenceOf(m), Position = m.Index,
            };
            yield break;
        }

        var launched = Launched.Match(EntryTextSentence(text, m.Index));
        if (launched.Success)
        {
            // 甲、乙分别开发上线"p1"和"p2",…被Y评定为…奖: the two products are the recipients, their makers the units.
            foreach (var (project, maker) in new[] { (launched.Groups["p1"].Value, launched.Groups["a"].Value), (launched.Groups["p2"].Value, launched.Groups["b"].Value) })
            {
                yield return new HonourDraft
                {
                    Title = what, Level = HonourExtractor.LevelOf(by), Kind = RecipientKind.Project,
                    Recipient = project, Affiliation = TrimLead(maker), Conferrer = by, Source = text.SentenceOf(m), Position = m.Index,
                };
            }

            yield break;
        }

        var recipient = subject.StartsWith("此项", StringComparison.Ordinal) || subject.StartsWith('该')
            ? Antecedent(text, m.Index)
            : subject;
        if (recipient is null)
        {
            yield break;
        }

        yield return new HonourDraft
        {
            Title = what, Level = HonourExtractor.LevelOf(by), Kind = IsUndertaking(recipient) ? RecipientKind.Project : RecipientKind.Organisation,
            Recipient = recipient, Conferrer = by, Source = text.SentenceOf(m), Position = m.Index,
        };
    }

    /// <summary>What 此项改革 refers to: the last reform, campaign or project the text says was carried out before it.</summary>
    private static string? Antecedent(HonourText text, int index)
    {
        Match? last = null;
        foreach (Match m in CarriedOut.Matches(text.Text[..index]))
        {
            last = m;
        }

        return last?.Groups["r"].Value;
    }

    private static bool IsUndertaking(string name) =>
        name.EndsWith("行动", StringComparison.Ordinal) || name.EndsWith("改革", StringComparison.Ordinal)
        || name.EndsWith("项目", StringComparison.Ordinal) || name.EndsWith("工程", StringComparison.Ordinal);

    private static string EntryTextSentence(HonourText text, int index) => EntryText.SentenceAt(text.Text, index).Text;
}
