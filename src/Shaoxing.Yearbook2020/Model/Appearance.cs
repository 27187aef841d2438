using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One record that names a person, and what the person does or is in it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Appearance
{
    /// <summary>What the person does, or is, in the record.</summary>
    /// <value>An <see cref="AppearanceKind"/>.</value>
    public required AppearanceKind Kind { get; init; }

    /// <summary>The record: a meeting for what happens at a meeting, an honour for an honour, else the entry that tells it.</summary>
    /// <value>A <see cref="Meeting.Id"/>, <see cref="Honour.Id"/> or <see cref="Entry.Id"/>.</value>
    [LinksTo(typeof(Meeting), typeof(Entry), typeof(Honour))]
    public required string RecordId { get; init; }

    /// <summary>The role the text gives the person there, as written.</summary>
    /// <value>For example <c>市长</c>, <c>总书记</c> or <c>退役军人事务部部长</c>; <see langword="null"/> where the text gives none (an honour's recipient).</value>
    public string? Role { get; init; }

    /// <summary>The seed lines that name the person there.</summary>
    /// <value>A seed span whose text contains the person's name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Role"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Role"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRole { get; init; }
}
