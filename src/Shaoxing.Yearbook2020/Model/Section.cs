using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// One of the six sections of the government chapter (综述, 市政府重要会议, 数据资源管理,
/// 退役军人事务, 应急管理 and a last one whose heading is missing from the text).
/// </summary>
/// <remarks>
/// Sections come out of the seed text: a title line followed by 【…】 entries. The last
/// section has no title line in the text; its <see cref="Title"/> is <see langword="null"/> and
/// <see cref="InferredTitle"/> holds the title given by a justified row of the corrections file.
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>The six sections of the chapter.</collection>
/// <collectionValue>A read-only collection, in text order.</collectionValue>
[DataFile("sections.json", typeof(SectionValidator), Collection = typeof(SectionCollection))]
public sealed record Section
{
    /// <summary>The section's stable id, <c>s1</c> to <c>s6</c> in text order.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The section's position in the chapter, 1 to 6.</summary>
    /// <value>A 1-based ordinal.</value>
    public required int Number { get; init; }

    /// <summary>The section title as printed, or <see langword="null"/> where the text lacks it.</summary>
    /// <value>Chinese text such as <c>应急管理</c>, or <see langword="null"/>.</value>
    public string? Title { get; init; }

    /// <summary>The title inferred for a section whose heading is missing from the text.</summary>
    /// <value>Chinese text, or <see langword="null"/> when <see cref="Title"/> is printed.</value>
    public string? InferredTitle { get; init; }

    /// <summary>The unit that provided the section, from the <c>(… 提供)</c> line.</summary>
    /// <value>Chinese text such as <c>市政府办公室</c>, or <see langword="null"/> if none is printed.</value>
    public string? Provider { get; init; }

    /// <summary>Where the provider line is in the seed.</summary>
    /// <value>A span, or <see langword="null"/> when <see cref="Provider"/> is null.</value>
    public SourceSpan? ProviderSource { get; init; }

    /// <summary>The ids of the section's entries, in text order.</summary>
    /// <value>Ids of <see cref="Entry"/> records.</value>
    [LinksTo(typeof(Entry))]
    public required ImmutableArray<string> EntryIds { get; init; }

    /// <summary>The seed lines the section spans, from its title (or first entry) to its last line.</summary>
    /// <value>A span of seed lines.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Emergency Management</c>, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }

    /// <summary>The English rendering of <see cref="InferredTitle"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="InferredTitle"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishInferredTitle { get; init; }

    /// <summary>Every body, person and place the title and provider line names by a whole name, in text order (title, then provider).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];

    /// <summary>The title to show: <see cref="Title"/>, else <see cref="InferredTitle"/>.</summary>
    /// <value>Chinese text.</value>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayTitle => Title ?? InferredTitle ?? Id;
}
