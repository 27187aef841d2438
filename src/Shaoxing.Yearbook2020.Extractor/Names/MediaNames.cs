using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// Finds the news media a text names, by the ways a yearbook names them: the items of a list the text closes by calling
/// them media (<c>中国消防杂志网站、凤凰网、浙江电视台、绍兴新闻联播、绍兴日报等媒体</c>), and the title of a newspaper
/// (<c>《绍兴日报》</c>, a title ending in 日报, 晚报 or the like) or of a programme (<c>《绍兴新闻联播》节目</c>, a title followed by 节目, 栏目 or
/// 频道) in 《》 — which otherwise hold the titles of documents (<c>《绍兴市物业管理条例(草案)》</c>).
/// </summary>
public static partial class MediaNames
{
    private const string Ideograph = @"\p{IsCJKUnifiedIdeographs}";

    // A list of names closed by 等媒体 (等新闻媒体, 等主流媒体): the run of names and 、 right before it.
    [GeneratedRegex($"(?<list>{Ideograph}{{2,12}}(?:、{Ideograph}{{2,12}})*)等(?:{Ideograph}{{0,2}})媒体", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex MediaList { get; }

    // A newspaper's title (…日报, 晚报, 时报: not 通报, 简报 or 公报, which are bulletins), or a programme's title followed by the
    // word for a programme.
    [GeneratedRegex($"《(?<name>{Ideograph}{{1,10}}(?:日|晚|早|时|商|周)报)》|《(?<programme>{Ideograph}{{2,12}})》(?=节目|栏目|频道)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex MediaTitle { get; }

    /// <summary>Every medium a text names, in text order.</summary>
    /// <param name="text">A text.</param>
    /// <returns>Where each name starts, the name, and whether it names an outlet or a programme.</returns>
    public static IEnumerable<(int Start, string Name, AgencyKind Kind)> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Start, string Name, AgencyKind Kind)>();
        foreach (Match match in MediaList.Matches(text))
        {
            var list = match.Groups["list"];
            var at = list.Index;
            foreach (var item in list.Value.Split('、'))
            {
                found.Add((at, item, AgencyKind.Media));
                at += item.Length + 1;
            }
        }

        foreach (Match match in MediaTitle.Matches(text))
        {
            var programme = match.Groups["programme"];
            var name = programme.Success ? programme : match.Groups["name"];
            found.Add((name.Index, name.Value, programme.Success ? AgencyKind.MediaProgramme : AgencyKind.Media));
        }

        return found.OrderBy(f => f.Start);
    }
}
