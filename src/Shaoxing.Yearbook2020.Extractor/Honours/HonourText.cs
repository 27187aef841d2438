using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// One entry as the honour families read it: its text, the provenance of a match, and what the entry says
/// around an honour (who organised or published, when the contest or meeting was held).
/// </summary>
internal sealed class HonourText
{
    /// <summary>The chapter is the city's own: where a ranking or a title speaks of "the city", it is this one.</summary>
    public const string City = "绍兴市";

    /// <summary>Options of every honour pattern: no backtracking, so no pattern can run away on damaged text.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>A number as the text writes ranks and counts: digits or Chinese numerals.</summary>
    public const string Numeral = "[0-9一二三四五六七八九十]+";

    /// <summary>The verbs of receiving: 获, 获得, 荣获, 获评.</summary>
    public const string Won = "(?:荣获|获得|获评|获)";

    /// <summary>A person's name of two or three characters, ended by the next word (matched lazily).</summary>
    public const string PersonName = "[\\u4e00-\\u9fff]{2,3}?";

    private static readonly Regex Published = new("(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日,(?<by>[^,。;]+?)发布", Options);
    private static readonly Regex Organisers = new("(?:由|日,)(?<by>[^,。;]+?)(?:联合|共同)(?:举办|主办|承办)", Options);
    private static readonly Regex OpeningDay = new("^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日", Options);
    private static readonly Regex Ceremony = new("(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日,[^,。;]*?(?:颁奖仪式|颁奖典礼|表彰大会)", Options);
    private static readonly Regex MeetingDay = new("(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日召开", Options);
    private static readonly Regex SentenceDate = new("^(?:[0-9]{4}年)?(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?(?:,|在|至|上旬|中旬|下旬|初|底|末)", Options);
    private static readonly Regex SubjectOpening = new("^[0-9]{4}年,(?<org>[^,。;]+?(?:系统|部门|支队|大队|局))", Options);

    private readonly Lazy<Match> published;
    private readonly Lazy<Match> organisers;

    public HonourText(Entry entry)
    {
        Entry = entry;
        published = new(() => Published.Match(entry.Text));
        organisers = new(() => Organisers.Match(entry.Text));
    }

    public Entry Entry { get; }

    public string Text => Entry.Text;

    /// <summary>The entry's first seed line, named by errors.</summary>
    public int Line => Entry.Source.Line;

    public string Heading => Entry.Heading;

    /// <summary>Who published a ranking (…日,X发布), or <see langword="null"/>.</summary>
    public string? Publisher => published.Value.Success ? published.Value.Groups["by"].Value : null;

    /// <summary>The day a ranking was published, or <see langword="null"/>.</summary>
    public DateOnly? PublishedOn => published.Value.Success ? ChineseDate.FromMatch(published.Value, Line) : null;

    /// <summary>Who organised the contest the entry reports (由X联合举办 / X共同主办), or <see langword="null"/>.</summary>
    public string? Organiser => organisers.Value.Success ? organisers.Value.Groups["by"].Value : null;

    /// <summary>The day that opens the entry (2020年11月11日,…): the day a one-day contest was held.</summary>
    public DateOnly? OpeningDate => OpeningDay.Match(Text) is { Success: true } m ? ChineseDate.FromMatch(m, Line) : null;

    /// <summary>The day of the award ceremony the entry names (M月D日,…颁奖仪式), or <see langword="null"/>.</summary>
    public DateOnly? CeremonyDate => Ceremony.Match(Text) is { Success: true } m ? ChineseDate.FromMatch(m, Line) : null;

    /// <summary>The unit the entry opens with (2020年,绍兴市应急管理系统…): who a collective prize went to.</summary>
    public string? OpeningSubject => SubjectOpening.Match(Text) is { Success: true } m ? m.Groups["org"].Value : null;

    public int Int(Group group) => EntryText.Int(group.Value, Line);

    /// <summary>The seed lines of exactly the match.</summary>
    public SourceSpan SpanOf(Match match) => EntryText.SpanOf(Entry, match.Index, match.Length);

    /// <summary>The seed lines of the whole sentence around the match (and the match, where it runs past a 。).</summary>
    public SourceSpan SentenceOf(Match match) => SentenceOf(match.Index, match.Length);

    public SourceSpan SentenceOf(int index, int length)
    {
        var (start, sentence) = EntryText.SentenceAt(Text, index);
        var end = Math.Max(start + sentence.Length, index + length);
        return EntryText.SpanOf(Entry, start, end - start);
    }

    /// <summary>The day of the executive meeting a clause belongs to: the last M月D日召开 before it.</summary>
    public DateOnly? MeetingDayBefore(int index)
    {
        Match? last = null;
        foreach (Match day in MeetingDay.Matches(Text[..index]))
        {
            last = day;
        }

        return last is null ? null : ChineseDate.FromMatch(last, Line);
    }

    /// <summary>The date a sentence opens with (9月28日, / 10月, / 11月上旬,): the day, or only the month.</summary>
    public (DateOnly? Day, string? Month) DateOfSentence(int index)
    {
        var (start, _) = EntryText.SentenceAt(Text, index);
        var m = SentenceDate.Match(Text[start..]);
        if (!m.Success)
        {
            return (null, null);
        }

        var line = EntryText.LineAt(Entry, start);
        var month = EntryText.Int(m.Groups["m"].Value, line);
        return m.Groups["d"].Success
            ? (ChineseDate.FromMatch(m, line), ChineseDate.Month(month, line))
            : (null, ChineseDate.Month(month, line));
    }

    /// <summary>Takes a leading phrase (2020年, or an earlier clause) off a captured name.</summary>
    public static string TrimLead(string phrase)
    {
        var comma = phrase.LastIndexOf(',');
        return comma >= 0 ? phrase[(comma + 1)..] : phrase;
    }
}
