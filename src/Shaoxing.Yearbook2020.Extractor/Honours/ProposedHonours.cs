using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;
using static Shaoxing.Yearbook2020.Extractor.Honours.HonourText;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Proposed: commendations an executive meeting heard proposed (建议给/建议对…记功, 通报表扬, 行政奖励, 予以嘉奖), dated by
/// the meeting. 建议给甲和乙等同志记功; 建议给甲等3家单位通报表扬和乙等13人行政奖励.
/// </summary>
internal static class ProposedHonours
{
    private const string Commendation = "(?:记功|记[一二三]等功|通报表扬|通报嘉奖|行政奖励|予以嘉奖|嘉奖)";

    private static readonly Regex UnitAndComrades = new(
        $"建议(?:给|对)(?<units>[^,。;]+?)和(?<p>{PersonName})等(?:同志|(?<pn>[0-9]+)人)(?<title>{Commendation})", Options);

    private static readonly Regex UnitsAndPeople = new(
        $"建议(?:给|对)(?<u>[^,。;]+?)等(?<un>[0-9]+)(?:家|个)单位(?<t1>{Commendation})和(?<p>{PersonName})等(?<pn>[0-9]+)(?:人|名同志)(?<t2>{Commendation})", Options);

    public static IEnumerable<HonourDraft> Find(HonourText text)
    {
        foreach (Match m in UnitAndComrades.Matches(text.Text))
        {
            var units = m.Groups["units"].Value;
            if (units.Contains("单位", StringComparison.Ordinal))
            {
                continue; // units counted with their own commendation: read below
            }

            var date = text.MeetingDayBefore(m.Index);
            int? people = m.Groups["pn"].Success ? text.Int(m.Groups["pn"]) : null;
            yield return Proposal(text, m, m.Groups["title"].Value, RecipientKind.Organisation, units, null, date);
            yield return Proposal(text, m, m.Groups["title"].Value, RecipientKind.Person, m.Groups["p"].Value, people, date);
        }

        foreach (Match m in UnitsAndPeople.Matches(text.Text))
        {
            var date = text.MeetingDayBefore(m.Index);
            yield return Proposal(text, m, m.Groups["t1"].Value, RecipientKind.Organisation, m.Groups["u"].Value, text.Int(m.Groups["un"]), date);
            yield return Proposal(text, m, m.Groups["t2"].Value, RecipientKind.Person, m.Groups["p"].Value, text.Int(m.Groups["pn"]), date);
        }
    }

    private static HonourDraft Proposal(HonourText text, Match m, string title, RecipientKind kind, string recipient, int? cohort, DateOnly? date) => new()
    {
        Title = title, Level = HonourLevel.Municipal, Kind = kind, Recipient = recipient, CohortSize = cohort, Date = date,
        IsProposal = true, Source = text.SpanOf(m), Position = m.Index,
    };
}
