using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Reads the people the text names outside the meetings' participant lists, by families of phrasing: leaders whose
/// speech or instructions are relayed or studied (<c>习近平总书记…重要讲话精神</c>, <c>省委副书记、代省长郑栅洁在绍调研时重要讲话精神</c>),
/// people who chair, speak at or attend an event (<c>退役军人事务部部长孙绍骋出席并讲话</c>), people elected, hired or brought in
/// to a post (<c>…副总经理何旭斌当选…会长</c>, <c>聘用陈刚为…总教练</c>, <c>引进…教练员谢赛克</c>), and the people honours are given to.
/// </summary>
public static partial class PersonMentionReader
{
    private const string Ideograph = @"\p{IsCJKUnifiedIdeographs}";

    // The patterns are source-generated: they run over whole entries (the meetings entry is 9,000 characters), where
    // the interpreter came near its timeout on a loaded machine; the timeout stays as a guard against a runaway match.

    // The name is written before the title (习近平总书记), after a verb of studying or carrying out.
    [GeneratedRegex($"(?<=关于|贯彻|学习|落实)(?<name>{Ideograph}{{2,3}})(?<role>总书记)[^。;]*?(?:精神|论述)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex TitleAfterName { get; }

    // A provincial leader whose speech or instructions given somewhere (在…) are relayed.
    [GeneratedRegex($"(?<role>省[{Ideograph}、]*?(?:书记|省长))(?<name>{Ideograph}{{2,3}}?)在[^。;]*?(?:讲话|指示|批示)精神", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex LeaderSpeech { get; }

    // A clause of an event: role, name, then what the person did there.
    [GeneratedRegex($"(?<=^|[,。;])(?<role>[{Ideograph}、]*?(?:部长|省长|市长|厅长|局长|书记))(?<name>{Ideograph}{{2,3}}?)(?<verb>出席会议并讲话|出席并讲话|主持会议|主持|致辞|作交流发言|出席)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex EventPart { get; }

    // Someone elected to a post, with the post they hold: 浙江龙盛集团股份有限公司副总经理何旭斌当选硝化分会首任会长.
    [GeneratedRegex($"(?<=^|[,。;])(?<role>[{Ideograph}、]*?(?:总经理|董事长|经理|主任|局长|书记|会长))(?<name>{Ideograph}{{2,3}}?)当选", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Elected { get; }

    // Someone hired for a post, with that post: 拟引进聘用陈刚为绍兴市羽毛球队总教练.
    [GeneratedRegex($"聘用(?<name>{Ideograph}{{2,3}}?)为(?<role>[^,。;、]*?(?:总教练|教练|院长|校长|主任))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Hired { get; }

    // Someone to be brought in, named after the post or calling they come in: 拟引进高水平乒乓球教练员谢赛克的情况汇报. The post
    // holds no 为 (引进聘用陈刚为…, the hired family's), and the name ends where the clause goes on (的, 为, punctuation).
    [GeneratedRegex($"引进(?<role>[^,。;、为]*?(?:教练员|教练|运动员|专家|教授|院士))(?<name>[{Ideograph}-[的为]]{{2,3}}?)(?=的|为|[,。;、])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Recruited { get; }

    // A full date (2020年9月29日, 9月29日): the last one before a name dates the event the name is seen at.
    [GeneratedRegex("(?:(?<y>[0-9]{4})年)?(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex EventDate { get; }

    /// <summary>Reads the people the entries name as relayed leaders or at events, in seed order.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="meetings">The meetings: what is said within a meeting's paragraph belongs to that meeting.</param>
    /// <returns>The mentions, by seed line.</returns>
    public static ImmutableArray<PersonMention> Read(IEnumerable<Entry> entries, IEnumerable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(meetings);
        var meetingList = meetings.ToList();
        var found = new List<(int At, PersonMention Mention)>();
        foreach (var entry in entries)
        {
            string RecordAt(SourceSpan span) =>
                meetingList.FirstOrDefault(m => m.Source.EntryId == entry.Id && m.Source.Line <= span.Line && span.Line <= m.Source.EndLine)?.Id
                ?? entry.Id;

            void Add(Match match, AppearanceKind kind)
            {
                var name = match.Groups["name"];
                var span = entry.SourceOf(name.Index, name.Length);
                var date = EventDate.Matches(entry.Text[..name.Index]).LastOrDefault() is { } d
                    ? Text.ChineseDate.FromMatch(d, span.Line)
                    : (DateOnly?)null;
                found.Add((name.Index, new PersonMention(name.Value, match.Groups["role"].Value, kind, RecordAt(span), span) { Date = date }));
            }

            foreach (Match match in TitleAfterName.Matches(entry.Text))
            {
                Add(match, AppearanceKind.Relayed);
            }

            foreach (Match match in LeaderSpeech.Matches(entry.Text))
            {
                Add(match, AppearanceKind.Relayed);
            }

            foreach (Match match in Elected.Matches(entry.Text))
            {
                Add(match, AppearanceKind.Elected);
            }

            foreach (Match match in Hired.Matches(entry.Text))
            {
                Add(match, AppearanceKind.Hired);
            }

            foreach (Match match in Recruited.Matches(entry.Text))
            {
                Add(match, AppearanceKind.Hired);
            }

            foreach (Match match in EventPart.Matches(entry.Text))
            {
                Add(match, match.Groups["verb"].Value switch
                {
                    "主持" or "主持会议" => AppearanceKind.Chaired,
                    "出席" => AppearanceKind.Attended,
                    _ => AppearanceKind.Spoke,
                });
            }
        }

        return [.. found.OrderBy(f => f.Mention.Source.Line).ThenBy(f => f.At).Select(f => f.Mention)];
    }

    /// <summary>The people honours are given to, one mention per honour of a person.</summary>
    /// <param name="honours">The honours.</param>
    /// <returns>The mentions, in the honours' order.</returns>
    public static ImmutableArray<PersonMention> Honoured(IEnumerable<Honour> honours)
    {
        ArgumentNullException.ThrowIfNull(honours);
        return
        [
            .. honours.Where(h => h.RecipientKind == RecipientKind.Person && h.Recipient is not null)
                .Select(h => new PersonMention(h.Recipient!, null, h.IsProposal ? AppearanceKind.Proposed : AppearanceKind.Honoured, h.Id, h.Source)),
        ];
    }
}
