using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The safety incidents of the chapter, with filters by district, category, month, dates and casualties.</summary>
/// <remarks>Read-only and thread-safe; each index is built once, when a query first needs it. Results keep the collection's order.</remarks>
public sealed class SafetyIncidentCollection : RecordCollection<SafetyIncident>
{
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<SafetyIncident>>> byDistrict;
    private readonly Lazy<FrozenDictionary<IncidentCategory, ImmutableArray<SafetyIncident>>> byCategory;
    private readonly Lazy<FrozenDictionary<string, SafetyIncident>> byCode;
    private readonly Lazy<ImmutableArray<SafetyIncident>[]> byMonth;

    internal SafetyIncidentCollection(ImmutableArray<SafetyIncident> incidents)
        : base(incidents, i => i.Id)
    {
        byDistrict = new(() => incidents.Where(i => i.District is not null)
            .GroupBy(i => TextKeys.Compact(i.District!), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
        byCategory = new(() => incidents.GroupBy(i => i.Category).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
        byCode = new(() => incidents.Where(i => i.Code is not null)
            .GroupBy(i => i.Code!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        byMonth = new(() => [.. Enumerable.Range(0, 13).Select(month => incidents.Where(i => i.Date is { Year: 2020 } date && date.Month == month).ToImmutableArray())]);
    }

    /// <summary>The incidents in one district of Shaoxing.</summary>
    /// <param name="district">A district as 表6 names it, e.g. <c>柯桥区</c>; the short form <c>柯桥</c> works too; whitespace anywhere in it is ignored.</param>
    /// <returns>The incidents; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="district"/> is empty or only whitespace.</exception>
    public ImmutableArray<SafetyIncident> InDistrict(string district)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(district);
        var wanted = TextKeys.Compact(district);
        if (byDistrict.Value.TryGetValue(wanted, out var exact))
        {
            return exact;
        }

        return [.. byDistrict.Value.Where(p => p.Key.StartsWith(wanted, StringComparison.Ordinal)).SelectMany(p => p.Value).OrderBy(IndexOf)];
    }

    /// <summary>The incidents of one category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The incidents; empty if none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public ImmutableArray<SafetyIncident> InCategory(IncidentCategory category)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined incident category.");
        }

        return byCategory.Value.GetValueOrDefault(category, []);
    }

    /// <summary>The incidents that began in a month of 2020.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The incidents with a <see cref="SafetyIncident.Date"/> in that month; undated incidents never match.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not between 1 and 12.</exception>
    public ImmutableArray<SafetyIncident> InMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return byMonth.Value[month];
    }

    /// <summary>The incidents that began between two days, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The dated incidents in the range.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<SafetyIncident> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        return [.. this.Where(i => i.Date is { } date && date >= from && date <= to)];
    }

    /// <summary>The incidents in which the text reports at least one death.</summary>
    /// <returns>The fatal incidents.</returns>
    public ImmutableArray<SafetyIncident> Fatal() => [.. this.Where(i => i.Deaths > 0)];

    /// <summary>The incidents that happened in Shaoxing.</summary>
    /// <returns>The incidents with <see cref="SafetyIncident.InShaoxing"/>.</returns>
    public ImmutableArray<SafetyIncident> InShaoxing() => [.. this.Where(i => i.InShaoxing)];

    /// <summary>Finds the incident with a code such as <c>8·2</c>.</summary>
    /// <param name="code">The code; <c>8.2</c> and <c>8・2</c> are read as <c>8·2</c>, quotes are ignored.</param>
    /// <returns>The incident, or <see langword="null"/> if no incident has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or only whitespace (once quotes are removed).</exception>
    public SafetyIncident? FindByCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var normal = code.Trim().Trim('"', '“', '”').Trim().Replace('.', '·').Replace('・', '·');
        if (normal.Length == 0)
        {
            throw new ArgumentException("The incident code is empty once quotes are removed.", nameof(code));
        }

        return byCode.Value.GetValueOrDefault(normal);
    }

    private int IndexOf(SafetyIncident incident) => ToImmutableArray().IndexOf(incident);
}
