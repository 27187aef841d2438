using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>
/// Reads a meeting's opening words in every order and form yearbooks print them: the ordinal before or after the date
/// (八届市政府第七十三次常务会议5月13日召开 / 5月13日,八届市政府第七十三次常务会议召开 / 5月13日,市政府召开八届市政府第…),
/// 于 before the date, and the date with or without its year, with 上午/下午/晚上, a weekday in parentheses, full-width
/// digits or a range of days (the first day is the meeting's date).
/// </summary>
public static class MeetingHeadReader
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const string Numeral = "[零一二三四五六七八九十百]+";
    private const string Day = "[0-9]{1,2}";

    /// <summary>A meeting's date: 5月13日, 2020年5月13日, 5月13日(星期三)上午, 5月13日至14日, 5月13—14日, 5月31日至6月1日.</summary>
    private const string Date =
        $"(?:(?<y>[0-9]{{4}})年)?(?<m>{Day})月(?<d>{Day})日?(?:(?:至|到|—|–|-|~)(?:{Day}月)?{Day})?日"
        + "(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?(?:\\((?:星期|周|礼拜)[一二三四五六七日天]\\))?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?"
        + "(?:[0-9]{1,2}(?:时|点|:)(?:[0-9]{1,2}分?|半)?)?";

    private const string Place = "(?:在[^,。]{1,30}?)?";
    private const string Held = "(?:召开|举行)";
    private const string Comma = ",?";

    /// <summary>The families of wording, per kind of meeting: each a sequence of named parts, so that a line none reads is
    /// reported with the family that read the most of it.</summary>
    private static readonly ImmutableArray<HeadFamily> Families =
    [
        .. Declare(MeetingKind.Executive, $"(?<term>{Numeral})届市政府第(?<number>{Numeral})次常务会议", "。(?:会议)?"),
        .. Declare(MeetingKind.Plenary, $"(?<term>{Numeral})届市政府第?(?<number>{Numeral})次全体会议", "。(?:会议)?(?:的)?主要任务是(?<purpose>[^。]+)。"),
    ];

    /// <summary>Reads a paragraph's opening words.</summary>
    /// <param name="paragraph">A meeting's paragraph of the repaired text.</param>
    /// <param name="kind">Which meetings the paragraph's entry describes.</param>
    /// <param name="year">The year of a date printed without one (the year the entry's opening sentence gives).</param>
    /// <param name="line">The paragraph's seed line, for a date that does not exist.</param>
    /// <returns>The head, or <see langword="null"/> where no family reads it.</returns>
    /// <exception cref="ExtractorException">The date read does not exist.</exception>
    public static MeetingHead? Read(string paragraph, MeetingKind kind, int year, int line)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var folded = Fold(paragraph);
        foreach (var family in Families.Where(f => f.Kind == kind))
        {
            var match = family.Whole.Match(folded);
            if (match.Success)
            {
                return new MeetingHead(
                    ChineseNumeral.Parse(match.Groups["term"].Value, line),
                    ChineseNumeral.Parse(match.Groups["number"].Value, line),
                    match.Groups["y"].Success ? ChineseDate.FromMatch(match, line) : ChineseDate.Of(year, SeedDigits.Parse(match.Groups["m"].ValueSpan, line), SeedDigits.Parse(match.Groups["d"].ValueSpan, line), line),
                    match.Groups["purpose"] is { Success: true } purpose ? paragraph.Substring(purpose.Index, purpose.Length) : null,
                    match.Length,
                    family.Name);
            }
        }

        return null;
    }

    /// <summary>The family that reads the most parts of a paragraph none reads, for the error.</summary>
    /// <param name="paragraph">A meeting's paragraph.</param>
    /// <param name="kind">Which meetings the paragraph's entry describes.</param>
    /// <returns>Text such as <c>ordinal, date, held (reads the ordinal and the date, not what follows)</c>.</returns>
    public static string Closest(string paragraph, MeetingKind kind)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var folded = Fold(paragraph);
        var (family, read) = Families.Where(f => f.Kind == kind)
            .Select(f => (Family: f, Read: f.Prefixes.TakeWhile(p => p.IsMatch(folded)).Count()))
            .MaxBy(x => x.Read);
        var parts = family.Parts.Select(p => p.Name).ToList();
        return read == 0
            ? $"'{string.Join(" + ", parts)}', which reads none of its parts"
            : $"'{string.Join(" + ", parts)}', which reads {string.Join(", ", parts.Take(read))} but not the {parts[read]} after";
    }

    /// <summary>Full-width digits, parentheses and colon as their ASCII forms, one character for one, so that offsets hold.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '（' => '(',
                '）' => ')',
                '：' => ':',
                '，' => ',',
                '～' => '~',
                '－' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static IEnumerable<HeadFamily> Declare(MeetingKind kind, string ordinal, string after)
    {
        yield return new HeadFamily(kind, "ordinal-date", [("ordinal", ordinal), ("date", $"于?{Date}{Place}"), ("held", $"(?:会议)?{Held}{after}")]);
        yield return new HeadFamily(kind, "date-ordinal", [("date", Date + Comma), ("ordinal", ordinal), ("held", $"{Place}{Held}{after}")]);
        yield return new HeadFamily(
            kind, "date-convened", [("date", Date + Comma), ("convener", $"(?:绍兴)?(?:市政府|市人民政府)?{Place}{Held}了?"), ("ordinal", ordinal), ("end", after)]);
    }

    private sealed record HeadFamily(MeetingKind Kind, string Name, ImmutableArray<(string Name, string Pattern)> Parts)
    {
        public Regex Whole { get; } = new("^" + string.Concat(Parts.Select(p => p.Pattern)), Options);

        public ImmutableArray<Regex> Prefixes { get; } =
            [.. Enumerable.Range(1, Parts.Length).Select(n => new Regex("^" + string.Concat(Parts.Take(n).Select(p => p.Pattern)), Options))];
    }
}
