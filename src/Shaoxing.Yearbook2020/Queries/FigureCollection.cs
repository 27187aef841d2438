using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>Every figure of the chapter, with lookups by id, entry and table.</summary>
/// <remarks>Read-only and thread-safe; each index is built once, when a query first needs it.</remarks>
public sealed class FigureCollection : RecordCollection<Figure>
{
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Figure>>> byEntry;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Figure>>> byTable;

    internal FigureCollection(ImmutableArray<Figure> figures)
        : base(figures, f => f.Id)
    {
        byEntry = new(() => figures.Where(f => f.EntryId is not null).GroupBy(f => f.EntryId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
        byTable = new(() => figures.Where(f => f.TableId is not null).GroupBy(f => f.TableId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>The figures of one entry's text, in text order.</summary>
    /// <param name="entryId">An <see cref="Entry.Id"/>, e.g. <c>s5-e01</c>; surrounding whitespace is ignored.</param>
    /// <returns>The figures; empty if the entry has none or does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entryId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entryId"/> is empty or whitespace.</exception>
    public ImmutableArray<Figure> InEntry(string entryId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entryId);
        return byEntry.Value.GetValueOrDefault(entryId.Trim(), []);
    }

    /// <summary>The figures of one table's cells, row by row.</summary>
    /// <param name="tableId">A <see cref="SeedTable.Id"/>, e.g. <c>table-6</c>; surrounding whitespace is ignored.</param>
    /// <returns>The figures; empty if the table has none or does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tableId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tableId"/> is empty or whitespace.</exception>
    public ImmutableArray<Figure> InTable(string tableId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableId);
        return byTable.Value.GetValueOrDefault(tableId.Trim(), []);
    }

    /// <summary>The figures whose label contains a text, e.g. <c>事故</c>.</summary>
    /// <param name="text">The text, compared ordinally; whitespace inside it is ignored.</param>
    /// <returns>The figures in order; empty if none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or whitespace.</exception>
    public ImmutableArray<Figure> WithLabel(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var query = TextKeys.Compact(text);
        return [.. this.Where(f => TextKeys.Compact(f.Label).Contains(query, StringComparison.Ordinal))];
    }
}
