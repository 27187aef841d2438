using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>
/// Reads <c>role + name</c> where a clause names a person: one or more posts (agency part and a
/// title from a closed list) joined by 、, then a name of two or three characters followed by a
/// word that ends it (关于, 《, 、, 和 …).
/// </summary>
public static class RoleParser
{
    /// <summary>The titles the meeting texts use, longest first where one ends another.</summary>
    public static readonly ImmutableArray<string> Titles =
    [
        "常务副市长", "常务副主任", "常务副部长", "理事会主任", "二级调研员",
        "副秘书长", "党委书记", "秘书长", "副市长", "副主任", "副局长", "副区长", "支队长", "董事长",
        "市长", "主任", "局长", "主席",
    ];

    private const int MaxRoleLength = 30;

    /// <summary>Reads a role and name starting at a position.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the role starts.</param>
    /// <param name="nameEnds">The words that may follow the name.</param>
    /// <param name="isKnownAgency">Whether an agency part names a known body (given the post before it, if any).</param>
    /// <returns>The presenter, or <see langword="null"/> when no reading fits.</returns>
    public static ParsedPresenter? TryParse(string text, int start, IReadOnlyList<string> nameEnds, Func<string, string?, bool> isKnownAgency)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(nameEnds);
        ArgumentNullException.ThrowIfNull(isKnownAgency);
        var posts = new List<ParsedPost>();
        return TryParseFrom(text, start, start, posts, nameEnds, isKnownAgency);
    }

    /// <summary>Reads a title at a position: the longest of <see cref="Titles"/> the text has there.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The position.</param>
    /// <returns>The title, or <see langword="null"/>.</returns>
    public static string? TitleAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Titles.FirstOrDefault(t => string.CompareOrdinal(text, index, t, 0, t.Length) == 0 && index + t.Length <= text.Length);
    }

    /// <summary>The length of a name of two or three ideographs at a position that one of the ending words follows.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the name would start.</param>
    /// <param name="nameEnds">The words that may follow the name; the end of the text counts when the list holds the empty string.</param>
    /// <returns>2 or 3, or 0 when no name fits.</returns>
    public static int NameLengthAt(string text, int index, IReadOnlyList<string> nameEnds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(nameEnds);
        foreach (var length in new[] { 3, 2 })
        {
            var end = index + length;
            if (end > text.Length || !Enumerable.Range(index, length).All(i => CjkText.IsIdeograph(text[i])))
            {
                continue;
            }

            if (nameEnds.Any(w => w.Length == 0 ? end == text.Length : string.CompareOrdinal(text, end, w, 0, w.Length) == 0 && end + w.Length <= text.Length))
            {
                return length;
            }
        }

        return 0;
    }

    private static ParsedPresenter? TryParseFrom(
        string text, int roleStart, int postStart, List<ParsedPost> posts, IReadOnlyList<string> nameEnds, Func<string, string?, bool> isKnownAgency)
    {
        var limit = Math.Min(text.Length, postStart + MaxRoleLength);
        for (var t = postStart; t < limit; t++)
        {
            var title = TitleAt(text, t);
            if (title is null)
            {
                continue;
            }

            var agency = text[postStart..t];
            if (agency.Any(c => !CjkText.IsIdeograph(c)) || !isKnownAgency(agency, posts.Count > 0 ? posts[^1].AgencyText : null))
            {
                continue;
            }

            var after = t + title.Length;
            posts.Add(new ParsedPost(agency, title));
            var nameLength = NameLengthAt(text, after, nameEnds);
            if (nameLength > 0)
            {
                return new ParsedPresenter([.. posts], text.Substring(after, nameLength), roleStart, after + nameLength);
            }

            if (after < text.Length && text[after] == '、'
                && TryParseFrom(text, roleStart, after + 1, posts, nameEnds, isKnownAgency) is { } longer)
            {
                return longer;
            }

            posts.RemoveAt(posts.Count - 1);
        }

        return null;
    }
}
