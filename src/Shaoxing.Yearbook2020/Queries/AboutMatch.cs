using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>One record that names a body, person or place, and where it does.</summary>
public sealed record AboutMatch
{
    /// <summary>The record.</summary>
    /// <value>A record of the group's kind (a <see cref="Meeting"/>, an <see cref="Entry"/> …).</value>
    public required object Record { get; init; }

    /// <summary>The record's id.</summary>
    /// <value>The <c>Id</c> of <see cref="Record"/>.</value>
    public required string Id { get; init; }

    /// <summary>The seed lines where the record names it (the agenda item presented, the sentence, the table row), or the record's own source for a link by id.</summary>
    /// <value>A span of the seed; <see cref="Yearbook.Quote(SourceSpan)"/> gives the text.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The day the record happened on or began: a meeting's, incident's, honour's or caption's date, else the
    /// first date an entry's or caption's text names (<see cref="Entry.Dates"/>).</summary>
    /// <value>A date, or <see langword="null"/> where the record has none.</value>
    public DateOnly? Date { get; init; }
}
