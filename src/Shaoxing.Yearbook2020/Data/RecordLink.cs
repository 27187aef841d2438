using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// A property of a kind's records, or of records inside them, that holds the id or ids of records of other kinds
/// (declared on the property with <c>[LinksTo]</c>): a meeting's presenters' agencies, an entry's places, a
/// person's appearances ….
/// </summary>
/// <remarks>Every link lists the kinds its ids may belong to; <see cref="Yearbook.Validate"/> checks that every id
/// resolves to a record of one of them. Instances are immutable and thread-safe.</remarks>
public sealed class RecordLink
{
    private readonly Func<object, IEnumerable<(string Path, string Id, SourceSpan? Source)>> idsIn;

    internal RecordLink(RecordKind kind, string path, ImmutableArray<RecordKind> targets, Func<object, IEnumerable<(string Path, string Id, SourceSpan? Source)>> idsIn)
    {
        Kind = kind;
        Path = path;
        Targets = targets;
        this.idsIn = idsIn;
    }

    /// <summary>The kind whose records hold the link.</summary>
    /// <value>One of <see cref="Yearbook.Kinds"/>.</value>
    public RecordKind Kind { get; }

    /// <summary>Where the ids are, from the record: property names joined with dots, <c>[]</c> after a list.</summary>
    /// <value>A path such as <c>AgendaItems[].Presenters[].AgencyId</c>.</value>
    public string Path { get; }

    /// <summary>The kinds the ids are ids of.</summary>
    /// <value>One or more of <see cref="Yearbook.Kinds"/>.</value>
    public ImmutableArray<RecordKind> Targets { get; }

    /// <summary>The ids the link holds in one record, each with its property path (<c>AgendaItems[0].Presenters[1].AgencyId</c>).</summary>
    /// <param name="record">A record of <see cref="Kind"/>.</param>
    /// <returns>The ids, in the record's order; none where the property is null or empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidCastException"><paramref name="record"/> is not a record of <see cref="Kind"/>.</exception>
    public IEnumerable<(string Path, string Id)> IdsIn(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return idsIn(record).Select(x => (x.Path, x.Id));
    }

    /// <summary>The ids the link holds in one record, each with its property path and the seed lines it stands on: the
    /// <c>Source</c> of the innermost record along the path that has one (a <see cref="NamedRecord"/>'s own span, a
    /// presenter's agenda item), else the record's own.</summary>
    /// <param name="record">A record of <see cref="Kind"/>.</param>
    /// <returns>The ids, in the record's order, with their spans; a span is <see langword="null"/> only for a kind whose
    /// records have no <c>Source</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidCastException"><paramref name="record"/> is not a record of <see cref="Kind"/>.</exception>
    public IEnumerable<(string Path, string Id, SourceSpan? Source)> SourcedIdsIn(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return idsIn(record);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind.Name}: {Path} → {string.Join(", ", Targets)}";
}
