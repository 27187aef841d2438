using System.CommandLine;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Meetings;

/// <summary>What <c>meetings</c> is asked: the meetings' days and kind, and the filters of their agenda items.</summary>
/// <param name="Days">The meetings' days (<c>--month</c>, <c>--date</c>, <c>--from</c>, <c>--to</c>).</param>
/// <param name="Kind">Only meetings of this kind (<c>--kind</c>).</param>
/// <param name="Agency">Only items presented for the body of this name (<c>--agency</c>).</param>
/// <param name="Presenter">Only items presented by the person of this name (<c>--presenter</c>).</param>
/// <param name="Document">Only items naming a document whose title holds this text (<c>--document</c>).</param>
/// <param name="Mentioning">Only items that mention this text (<c>--mentioning</c>).</param>
/// <param name="ItemKind">Only items of this kind (<c>--item-kind</c>).</param>
/// <param name="ByMonth">A chart of the counts per month instead of a list (<c>--by-month</c>).</param>
internal sealed record MeetingsOptions(
    DayFilter Days,
    MeetingKind? Kind = null,
    string? Agency = null,
    string? Presenter = null,
    string? Document = null,
    string? Mentioning = null,
    AgendaItemKind? ItemKind = null,
    bool ByMonth = false)
{
    /// <summary>Whether a filter of agenda items is given, so that the answer is agenda items rather than meetings.</summary>
    public bool FiltersItems => Agency is not null || Presenter is not null || Document is not null || Mentioning is not null || ItemKind is not null;

    /// <summary>The options of <c>meetings</c>.</summary>
    public static CommandOptions<MeetingsOptions> Declare()
    {
        var days = new DayOptions("meetings held", month: true, date: true, range: true);
        var kind = CheckedOption.Enum<MeetingKind>("--kind", "plenary or executive.");
        var agency = new Option<string?>("--agency") { Description = "Only agenda items presented for this body (full, additional or short name, or id), e.g. 市应急管理局." };
        var presenter = new Option<string?>("--presenter") { Description = "Only agenda items presented by this person, e.g. 金辉." };

        // The same test as MeetingCollection.WithDocument: nothing left once every space and 《》 is removed.
        var document = CheckedOption.Text(
            "--document",
            "Only agenda items naming a document whose title contains this text.",
            "--document needs some text of a document title, e.g. 物业管理条例.",
            text => !text.Any(c => !char.IsWhiteSpace(c) && c is not ('《' or '》')));
        var mentioning = CheckedOption.Text(
            "--mentioning",
            "Only agenda items whose subject, documents or text mention this text, e.g. 安全生产.",
            "--mentioning needs some text to look for, e.g. 安全生产.");
        var itemKind = CheckedOption.Enum<AgendaItemKind>("--item-kind", "Only agenda items of this kind: " + CheckedOption.Names<AgendaItemKind>() + ".");
        var byMonth = new Option<bool>("--by-month") { Description = "Draw a bar chart of how many meetings (with an item filter, agenda items) each month of 2020 has, instead of listing them." };
        return new(
            [.. days.Options, kind, agency, presenter, document, mentioning, itemKind, byMonth],
            parsed => new MeetingsOptions(
                days.Read(parsed),
                parsed.GetValue(kind),
                parsed.GetValue(agency),
                parsed.GetValue(presenter),
                parsed.GetValue(document),
                parsed.GetValue(mentioning),
                parsed.GetValue(itemKind),
                parsed.GetValue(byMonth)));
    }
}
