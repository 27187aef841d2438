using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The rows of 表6: one per area of Shaoxing, plus the total row.</summary>
/// <remarks>Read-only and thread-safe; lookups by area are O(1).</remarks>
public sealed class DistrictSafetyStatisticsCollection : RecordCollection<DistrictSafetyStatistics>
{
    private readonly Lazy<FrozenDictionary<string, DistrictSafetyStatistics>> byArea;

    internal DistrictSafetyStatisticsCollection(ImmutableArray<DistrictSafetyStatistics> rows)
        : base(rows, r => r.Id)
    {
        byArea = new(() => rows.GroupBy(r => r.Area, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        Total = rows.FirstOrDefault(r => r.IsTotal);
        Districts = [.. rows.Where(r => !r.IsTotal)];
    }

    /// <summary>The total row (合计).</summary>
    /// <value>The row, or <see langword="null"/> for an empty collection.</value>
    public DistrictSafetyStatistics? Total { get; }

    /// <summary>The area rows, without the total, in table order.</summary>
    /// <value>Six rows for the shipped data.</value>
    public ImmutableArray<DistrictSafetyStatistics> Districts { get; }

    /// <summary>The row of one area.</summary>
    /// <param name="area">The area as printed, e.g. <c>诸暨市</c>, or the short form <c>诸暨</c>; <c>合计</c> gives the total row.</param>
    /// <returns>The row, or <see langword="null"/> if no row has that area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="area"/> is empty or only whitespace.</exception>
    public DistrictSafetyStatistics? ForArea(string area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        var wanted = TextKeys.Compact(area);
        if (byArea.Value.TryGetValue(wanted, out var row))
        {
            return row;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["区", "市", "县"])
        {
            if (byArea.Value.TryGetValue(wanted + suffix, out row))
            {
                return row;
            }
        }

        return null;
    }

    internal override string? KeyConflict() =>
        base.KeyConflict()
        ?? (TryFindDuplicate(r => r.Area, out var area) ? $"two rows are for the area '{area}'."
            : this.Count(r => r.IsTotal) > 1 ? "more than one row is the total row." : null);
}
