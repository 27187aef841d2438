using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>
/// Finds the bodies named as parties of an agreement whose title, in 《》, names a known body as the other party:
/// the names printed before it (<c>《中国建筑学会与绍兴市人民政府战略合作框架协议》</c>, <c>《浙江省文化和旅游厅绍兴市人民政府…》</c>,
/// several joined by 、 or 与), and the name printed after it (<c>《绍兴市人民政府与浙江出版联合集团战略合作框架协议》</c>) up to
/// the words that begin what the agreement is (战略, 全面, 合作, 新型, 框架, 共建, or a Latin letter or digit: 5G). A party's
/// name is at least four characters and ends as a body's name does (厅, 局, 委, 院, 会, 所, 行, 司, 团, 社, 台, 学 of 大学, 府 of 政府).
/// </summary>
public static partial class AgreementParties
{
    private const int ShortestName = 4;
    private const int LongestName = 24;
    private const string BodyLastCharacters = "厅局委院会所行司团社台学府";
    private static readonly string[] AgreementWords = ["战略", "全面", "合作", "新型", "框架", "共建"];

    [GeneratedRegex("《(?<title>[^《》]+)》", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Title { get; }

    /// <summary>Every party a text's agreement titles name beside a known body, in text order (known names included).</summary>
    /// <param name="text">A text.</param>
    /// <param name="index">The known names.</param>
    /// <returns>Where each name starts in the text, and the name.</returns>
    public static IEnumerable<(int Start, string Name)> In(string text, NameIndex index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(index);
        foreach (Match match in Title.Matches(text))
        {
            var group = match.Groups["title"];
            var title = group.Value;
            var from = 0;
            foreach (var known in index.In(title).Where(o => o.Name.Kind == NamedRecordKind.Agency))
            {
                // A known name inside a party already read (绍兴 in a party's name) begins nothing.
                if (known.Start < from)
                {
                    continue;
                }

                // Before the known party: everything since the title's start or the previous known name.
                var at = from;
                foreach (var part in title[from..known.Start].Split('、', '与'))
                {
                    if (IsPartyName(part))
                    {
                        yield return (group.Index + at, part);
                    }

                    at += part.Length + 1;
                }

                var end = known.Start + known.Name.Written.Length;
                from = end;

                // After it, past a 与: the longest run that ends as a body's name does and is followed by what the agreement is.
                var start = end < title.Length && title[end] == '与' ? end + 1 : end;
                var run = title[start..].TakeWhile(IsHan).Count();
                for (var length = Math.Min(run, LongestName); length >= ShortestName; length--)
                {
                    var rest = title[(start + length)..];
                    if (IsPartyName(title.Substring(start, length))
                        && (rest.Length == 0 || !IsHan(rest[0]) || AgreementWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal))))
                    {
                        yield return (group.Index + start, title.Substring(start, length));
                        from = start + length;
                        break;
                    }
                }
            }
        }
    }

    private static bool IsPartyName(string name) =>
        name.Length >= ShortestName && name.All(IsHan) && BodyLastCharacters.Contains(name[^1], StringComparison.Ordinal);

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
