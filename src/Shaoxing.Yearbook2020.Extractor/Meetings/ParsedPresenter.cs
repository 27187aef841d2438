using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>A role and name read from a clause: <c>市水利局局长、市治水办常务副主任张宪疆</c>.</summary>
/// <param name="Posts">The posts, in the order written.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Start">Where the role starts in the text.</param>
/// <param name="End">One past the name's last character.</param>
public sealed record ParsedPresenter(ImmutableArray<ParsedPost> Posts, string Name, int Start, int End)
{
    /// <summary>The whole role as written, posts joined with 、.</summary>
    public string Role => string.Join('、', Posts.Select(p => p.Role));
}
