using System.Collections;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// Every record of every kind that has a date (meetings, safety incidents, honours, captions), in date order:
/// what happened when, across the chapter.
/// </summary>
/// <remarks>
/// Records of one day are in the order of the kinds in <see cref="Yearbook.Kinds"/>, then of their files. The
/// kinds are those whose record implements <see cref="IDatedRecord"/>; a record whose date the text does not give
/// is left out. Read-only and thread-safe.
/// </remarks>
public sealed class TimelineCollection : IReadOnlyList<IDatedRecord>
{
    private readonly ImmutableArray<IDatedRecord> items;

    internal TimelineCollection(IEnumerable<IDatedRecord> records)
    {
        // A stable sort: records of one day keep the order they were given in (by kind, then file order).
        items = [.. records.Where(r => r.Date is not null).OrderBy(r => r.Date!.Value)];
    }

    /// <summary>The number of dated records.</summary>
    /// <value>A count.</value>
    public int Count => items.Length;

    /// <summary>The record at a position, in date order.</summary>
    /// <param name="index">A 0-based position.</param>
    /// <returns>The record.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public IDatedRecord this[int index] => items[index];

    /// <summary>The records of one day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The records dated that day; empty when none is.</returns>
    public ImmutableArray<IDatedRecord> OnDay(DateOnly date) => [.. items.Where(r => r.Date == date)];

    /// <summary>The records of one month of 2020, the year the chapter covers.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The records dated in that month, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not between 1 and 12.</exception>
    public ImmutableArray<IDatedRecord> InMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return [.. items.Where(r => r.Date!.Value.Year == 2020 && r.Date.Value.Month == month)];
    }

    /// <summary>The records dated within a range of days.</summary>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive.</param>
    /// <returns>The records in the range, in date order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<IDatedRecord> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        return [.. items.Where(r => r.Date!.Value >= from && r.Date.Value <= to)];
    }

    /// <summary>The records as an immutable array (no copy is made).</summary>
    /// <returns>The records in date order.</returns>
    public ImmutableArray<IDatedRecord> ToImmutableArray() => items;

    /// <summary>Enumerates the records in date order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<IDatedRecord> GetEnumerator() => ((IEnumerable<IDatedRecord>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
