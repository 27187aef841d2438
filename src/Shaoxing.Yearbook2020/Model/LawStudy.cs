using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A collective law-study session (集体学法) held at a meeting: who explained which law.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record LawStudy
{
    /// <summary>The lecturer's name.</summary>
    /// <value>Chinese text such as <c>严洪祥</c>.</value>
    public required string Lecturer { get; init; }

    /// <summary>The person record of the lecturer.</summary>
    /// <value>A <see cref="Person.Id"/>, set for every session of <c>meetings.json</c>.</value>
    [LinksTo(typeof(Person))]
    public string? LecturerId { get; init; }

    /// <summary>The lecturer's role or title as written.</summary>
    /// <value>For example <c>律师</c> or <c>副主任</c>.</value>
    public required string LecturerRole { get; init; }

    /// <summary>The lecturer's institution as written.</summary>
    /// <value>For example <c>浙江大公律师事务所</c>.</value>
    public required string Affiliation { get; init; }

    /// <summary>The body the lecturer's institution belongs to (the institution named first in <see cref="Affiliation"/>).</summary>
    /// <value>An <see cref="Agency.Id"/>.</value>
    [LinksTo(typeof(Agency))]
    public required string AffiliationAgencyId { get; init; }

    /// <summary>The law explained, without the 《》 brackets.</summary>
    /// <value>For example <c>中华人民共和国土地管理法</c>.</value>
    public required string Law { get; init; }

    /// <summary>Whether the text says only the relevant parts of the law were explained (相关内容).</summary>
    /// <value><see langword="true"/> for <c>解读《…》相关内容</c>.</value>
    public required bool PartsOnly { get; init; }

    /// <summary>The seed lines of the session's sentence.</summary>
    /// <value>A seed span whose text contains the lecturer's name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="LecturerRole"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Lawyer</c>, or <see langword="null"/> when <see cref="LecturerRole"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishLecturerRole { get; init; }

    /// <summary>The English rendering of <see cref="Law"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Law"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishLaw { get; init; }
}
