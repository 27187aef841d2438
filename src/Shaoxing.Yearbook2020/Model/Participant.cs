using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>Someone who chairs, speaks at or attends a meeting, in the role the text gives.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Participant
{
    /// <summary>The person's name.</summary>
    /// <value>Chinese text such as <c>盛阅春</c>.</value>
    public required string Name { get; init; }

    /// <summary>The role as written.</summary>
    /// <value>For example <c>市长</c>, <c>副市长</c> or <c>市政府秘书长</c>.</value>
    public required string Role { get; init; }

    /// <summary>The title alone.</summary>
    /// <value>For example <c>秘书长</c>.</value>
    public required string Title { get; init; }

    /// <summary>The body of the role.</summary>
    /// <value>An <see cref="Agency.Id"/>.</value>
    [LinksTo(typeof(Agency))]
    public required string AgencyId { get; init; }

    /// <summary>The person record of the participant.</summary>
    /// <value>A <see cref="Person.Id"/>, set for every participant of <c>meetings.json</c>.</value>
    [LinksTo(typeof(Person))]
    public string? PersonId { get; init; }

    /// <summary>Where the name and role are written (the executive meetings' chair is named once, in the section's introduction).</summary>
    /// <value>A seed span whose text contains the name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Role"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Vice Mayor</c>, or <see langword="null"/> when <see cref="Role"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRole { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }
}
