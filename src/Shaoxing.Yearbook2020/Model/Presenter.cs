using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A person who reports on an agenda item, in the role the clause gives.</summary>
/// <remarks>
/// Where the role names several posts (<c>市水利局局长、市治水办常务副主任张宪疆</c>), <see cref="Posts"/>
/// lists them all and <see cref="Title"/> and <see cref="AgencyId"/> are those of the post written
/// last, right before the name: the capacity in which the person reports.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record Presenter
{
    /// <summary>The person's name.</summary>
    /// <value>Chinese text such as <c>方林苗</c>.</value>
    public required string Name { get; init; }

    /// <summary>The person record of the presenter.</summary>
    /// <value>A <see cref="Person.Id"/>, set for every presenter of <c>meetings.json</c>.</value>
    [LinksTo(typeof(Person))]
    public string? PersonId { get; init; }

    /// <summary>The whole role as written before the name.</summary>
    /// <value>For example <c>市生态环境局局长</c> or <c>市政府副秘书长、办公室主任</c>.</value>
    public required string Role { get; init; }

    /// <summary>The title of the post written last.</summary>
    /// <value>For example <c>局长</c>.</value>
    public required string Title { get; init; }

    /// <summary>The body of the post written last.</summary>
    /// <value>An <see cref="Agency.Id"/>.</value>
    [LinksTo(typeof(Agency))]
    public required string AgencyId { get; init; }

    /// <summary>Every post of the role, in the order written.</summary>
    /// <value>One post or more.</value>
    public required ImmutableArray<Post> Posts { get; init; }

    /// <summary>The presenter's own subject, where one clause gives each presenter a subject of their own.</summary>
    /// <value>Chinese text, or <see langword="null"/> when the presenters share the item's subject.</value>
    public string? Subject { get; init; }

    /// <summary>The English rendering of <see cref="Role"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Director</c>, or <see langword="null"/> when <see cref="Role"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRole { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }

    /// <summary>The English rendering of <see cref="Subject"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Subject"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishSubject { get; init; }
}
