using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>One item of an executive meeting: one <c>听取…汇报</c> clause, in text order.</summary>
/// <remarks>
/// A clause that names several presenters stays one item. A clause printed twice in the same
/// meeting is kept twice; the second copy names the first in <see cref="DuplicateOf"/>.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record AgendaItem
{
    /// <summary>The item's stable id: the meeting's id and the sequence, e.g. <c>executive-68-03</c>.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The item's place in the meeting, from 1.</summary>
    /// <value>A positive number.</value>
    public required int Sequence { get; init; }

    /// <summary>What the item reports on (the precedence is revision, compilation, drafting, transmission, briefing).</summary>
    /// <value>An <see cref="AgendaItemKind"/>.</value>
    public required AgendaItemKind Kind { get; init; }

    /// <summary>The other kinds the clause also names, e.g. a transmission that ends in a draft (<c>…精神传达以及《…》起草情况</c>).</summary>
    /// <value>Kinds other than <see cref="Kind"/>; usually empty.</value>
    public required ImmutableArray<AgendaItemKind> OtherKinds { get; init; }

    /// <summary>What the item is about: the clause without <c>听取</c>, the presenters and the closing words (起草情况的汇报 …).</summary>
    /// <value>Chinese text; document titles keep their 《》.</value>
    public required string Subject { get; init; }

    /// <summary>Every document title the clause names, without 《》, in text order.</summary>
    /// <value>Titles; empty when the clause names none.</value>
    public required ImmutableArray<string> Documents { get; init; }

    /// <summary>The people who report, in text order.</summary>
    /// <value>One presenter or more.</value>
    public required ImmutableArray<Presenter> Presenters { get; init; }

    /// <summary>The clause as printed (repaired), from <c>听取</c> to its end.</summary>
    /// <value>Chinese text.</value>
    public required string Text { get; init; }

    /// <summary>For a clause printed a second time in the same meeting, the id of the first copy.</summary>
    /// <value>An <see cref="Id"/>, or <see langword="null"/> for a clause printed once.</value>
    [IdReference]
    public string? DuplicateOf { get; init; }

    /// <summary>The seed lines of the clause.</summary>
    /// <value>A seed span whose text contains the first presenter's name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Subject"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Subject"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishSubject { get; init; }

    /// <summary>The English renderings of <see cref="Documents"/>, one for each, in the same order, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English texts (plain titles in title case), parallel to the Chinese list; empty when any of them has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public ImmutableArray<string> EnglishDocuments { get; init; } = [];

    /// <summary>Every body, person and place the clause names by a whole name, in text order (in <see cref="Text"/>).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
