using System.Collections.Frozen;
using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The honours, titles, prizes and rankings of the chapter, with lookups by recipient, level, title, nominator and date.</summary>
/// <remarks>Read-only and thread-safe; lookups by recipient, nominator and level are O(1).</remarks>
public sealed class HonourCollection : RecordCollection<Honour>
{
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Honour>>> byRecipient;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Honour>>> byNominator;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<Honour>>> byAffiliation;
    private readonly Lazy<FrozenDictionary<HonourLevel, ImmutableArray<Honour>>> byLevel;
    private readonly Lazy<FrozenDictionary<DateOnly, ImmutableArray<Honour>>> byDate;

    internal HonourCollection(ImmutableArray<Honour> honours)
        : base(honours, h => h.Id)
    {
        byRecipient = new(() => honours
            .SelectMany(h => h.Recipient is null ? [] : h.RecipientAliases.Prepend(h.Recipient).Distinct(StringComparer.Ordinal).Select(name => (Name: name, Honour: h)))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Honour).ToImmutableArray(), StringComparer.Ordinal));
        byNominator = new(() => Index(honours, h => h.Nominator));
        byAffiliation = new(() => Index(honours, h => h.Affiliation));
        byLevel = new(() => honours.GroupBy(h => h.Level).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
        byDate = new(() => honours.Where(h => h.Date is not null).GroupBy(h => h.Date!.Value).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
    }

    /// <summary>Everything one person or unit received: the honours whose recipient is exactly that name, or has it
    /// among its <see cref="Honour.RecipientAliases"/>.</summary>
    /// <param name="recipient">A name as the text writes it, e.g. <c>展才华</c> or <c>绍兴市</c>; spaces are ignored.</param>
    /// <returns>The honours; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty or only whitespace.</exception>
    public ImmutableArray<Honour> ReceivedBy(string recipient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        return byRecipient.Value.GetValueOrDefault(Compact(recipient), []);
    }

    /// <summary>The honours of the people whose work unit (工作单位) is a given unit.</summary>
    /// <param name="affiliation">The unit's name as printed, e.g. <c>绍兴市消防救援支队</c>.</param>
    /// <returns>The honours; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="affiliation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="affiliation"/> is empty or only whitespace.</exception>
    public ImmutableArray<Honour> WithAffiliation(string affiliation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(affiliation);
        return byAffiliation.Value.GetValueOrDefault(Compact(affiliation), []);
    }

    /// <summary>The honours a unit nominated (表7 推荐单位).</summary>
    /// <param name="nominator">The unit's name as printed, e.g. <c>诸暨市安委办</c>.</param>
    /// <returns>The honours; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nominator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nominator"/> is empty or only whitespace.</exception>
    public ImmutableArray<Honour> NominatedBy(string nominator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nominator);
        return byNominator.Value.GetValueOrDefault(Compact(nominator), []);
    }

    /// <summary>The honours of one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The honours; empty if none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public ImmutableArray<Honour> AtLevel(HonourLevel level)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a defined honour level.");
        }

        return byLevel.Value.GetValueOrDefault(level, []);
    }

    /// <summary>The honours whose title contains a piece of text.</summary>
    /// <param name="text">The text, compared ordinally; whitespace inside it is ignored.</param>
    /// <returns>The honours; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or only whitespace.</exception>
    public ImmutableArray<Honour> WithTitleContaining(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var query = Compact(text);
        return [.. this.Where(h => h.Title.Contains(query, StringComparison.Ordinal))];
    }

    /// <summary>The honours conferred or announced on one day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The honours with that <see cref="Honour.Date"/>; undated honours never match.</returns>
    public ImmutableArray<Honour> OnDate(DateOnly date) => byDate.Value.GetValueOrDefault(date, []);

    private static string Compact(string text) => TextKeys.Compact(text);

    private static FrozenDictionary<string, ImmutableArray<Honour>> Index(ImmutableArray<Honour> honours, Func<Honour, string?> keyOf) =>
        honours.Where(h => keyOf(h) is not null)
            .GroupBy(h => keyOf(h)!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>A filter is words of the title: the honours whose title contains them.</summary>
    internal override int? CountMatching(string filter) => this.Count(h => h.Title.Contains(filter, StringComparison.Ordinal));
}
