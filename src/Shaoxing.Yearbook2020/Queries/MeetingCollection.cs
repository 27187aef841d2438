using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>The 2 plenary and 22 executive meetings of 2020, with lookups by date, number, presenter, agency and document.</summary>
/// <remarks>Read-only and thread-safe; each index is built once, when a query first needs it. Results are in date order.</remarks>
public sealed class MeetingCollection : RecordCollection<Meeting>
{
    private readonly Func<AgencyCollection> agencies;
    private readonly Lazy<ImmutableArray<Meeting>> byDate;
    private readonly Lazy<FrozenDictionary<DateOnly, ImmutableArray<Meeting>>> onDate;
    private readonly Lazy<ImmutableArray<Meeting>[]> byMonth;
    private readonly Lazy<FrozenDictionary<MeetingKind, ImmutableArray<Meeting>>> byKind;
    private readonly Lazy<FrozenDictionary<(MeetingKind, int), Meeting>> byNumber;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<MeetingItem>>> byPresenter;
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<MeetingItem>>> byAgency;
    private readonly Lazy<ImmutableArray<MeetingItem>> items;

    internal MeetingCollection(ImmutableArray<Meeting> meetings, Yearbook yearbook)
        : this(meetings, () => yearbook.Agencies)
    {
    }

    internal MeetingCollection(ImmutableArray<Meeting> meetings, Func<AgencyCollection> agencies)
        : base(meetings, m => m.Id)
    {
        this.agencies = agencies;
        byDate = new(() => SortedByDate(meetings));
        onDate = new(() => byDate.Value.GroupBy(m => m.Date).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
        byKind = new(() => byDate.Value.GroupBy(m => m.Kind).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray()));
        byMonth = new(() => ByMonth(byDate.Value));
        byNumber = new(() => meetings.GroupBy(m => (m.Kind, m.Number)).ToFrozenDictionary(g => g.Key, g => g.First()));
        items = new(() => [.. byDate.Value.SelectMany(m => m.AgendaItems.Select(i => new MeetingItem { Meeting = m, Item = i }))]);
        byPresenter = new(() => items.Value
            .SelectMany(mi => mi.Item.Presenters.Select(p => (p.Name, mi)))
            .GroupBy(x => TextKeys.Compact(x.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.mi).Distinct().ToImmutableArray(), StringComparer.Ordinal));
        byAgency = new(() => items.Value
            .SelectMany(mi => mi.Item.Presenters.SelectMany(p => p.Posts).Select(p => (p.AgencyId, mi)))
            .GroupBy(x => x.AgencyId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.mi).Distinct().ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>Every agenda item with its meeting, in date and sequence order.</summary>
    /// <returns>The items.</returns>
    public ImmutableArray<MeetingItem> Items() => items.Value;

    /// <summary>The meetings held on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The meetings; empty when none was held that day.</returns>
    public ImmutableArray<Meeting> OnDate(DateOnly date) => onDate.Value.GetValueOrDefault(date, []);

    /// <summary>The meetings held between two days, both included.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The meetings, in date order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<Meeting> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        return [.. byDate.Value.Where(m => m.Date >= from && m.Date <= to)];
    }

    /// <summary>The meetings held in a month of 2020.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The meetings, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not between 1 and 12.</exception>
    public ImmutableArray<Meeting> InMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return byMonth.Value[month];
    }

    /// <summary>The meetings of one kind.</summary>
    /// <param name="kind">Plenary or executive.</param>
    /// <returns>The meetings, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<Meeting> OfKind(MeetingKind kind)
    {
        CheckDefined(kind);
        return byKind.Value.GetValueOrDefault(kind, []);
    }

    /// <summary>Finds a meeting by kind and number (第六十八次常务会议 is executive 68).</summary>
    /// <param name="kind">Plenary or executive.</param>
    /// <param name="number">The number.</param>
    /// <returns>The meeting, or <see langword="null"/> (also for a number no meeting has, such as 0 or a negative one).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public Meeting? FindByNumber(MeetingKind kind, int number)
    {
        CheckDefined(kind);
        return byNumber.Value.GetValueOrDefault((kind, number));
    }

    /// <summary>Finds a meeting by number alone: the executive meetings are 68 to 89 and the plenary ones 7 and 8, so a number names one meeting.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The meeting, or <see langword="null"/> (also for a number no meeting has, such as 0 or a negative one).</returns>
    public Meeting? FindByNumber(int number) =>
        FindByNumber(MeetingKind.Executive, number) ?? FindByNumber(MeetingKind.Plenary, number);

    /// <summary>The agenda items a person presented.</summary>
    /// <param name="name">The person's name; whitespace anywhere in it is ignored (<c>方 林 苗</c> is 方林苗).</param>
    /// <returns>The items with their meetings; empty when the person presented nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    public ImmutableArray<MeetingItem> WithPresenter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return byPresenter.Value.GetValueOrDefault(TextKeys.Compact(name), []);
    }

    /// <summary>
    /// The agenda items presented on behalf of a body (any post of any presenter), optionally of one
    /// kind: <c>ItemsFromAgency("市应急管理局", AgendaItemKind.Drafting)</c> gives the drafts of the
    /// emergency management bureau.
    /// </summary>
    /// <param name="agencyIdOrName">An <see cref="Agency.Id"/> or any name of the body (see <see cref="AgencyCollection.FindByName"/>).</param>
    /// <param name="kind">Only items of this kind, or <see langword="null"/> for all.</param>
    /// <returns>The items with their meetings; empty when the body is unknown or presented nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyIdOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agencyIdOrName"/> is empty or only whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<MeetingItem> ItemsFromAgency(string agencyIdOrName, AgendaItemKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(agencyIdOrName);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyIdOrName);
        if (kind is { } k && !Enum.IsDefined(k))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), k, "Not a defined agenda item kind.");
        }

        var agency = agencies().Resolve(agencyIdOrName);
        if (agency is null)
        {
            return [];
        }

        var found = byAgency.Value.GetValueOrDefault(agency.Id, []);
        return kind is null ? found : [.. found.Where(mi => mi.Item.Kind == kind)];
    }

    /// <summary>The meetings at which a body presented, optionally only items of one kind.</summary>
    /// <param name="agencyIdOrName">An <see cref="Agency.Id"/> or any name of the body.</param>
    /// <param name="kind">Only items of this kind, or <see langword="null"/> for all.</param>
    /// <returns>The meetings, in date order; empty when the body is unknown or presented nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agencyIdOrName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agencyIdOrName"/> is empty or only whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ImmutableArray<Meeting> WithAgency(string agencyIdOrName, AgendaItemKind? kind = null) =>
        [.. ItemsFromAgency(agencyIdOrName, kind).Select(mi => mi.Meeting).Distinct()];

    /// <summary>The agenda items that name a document whose title contains a text.</summary>
    /// <param name="text">Part of a title; spaces and 《》 are ignored.</param>
    /// <returns>The items with their meetings, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty once spaces and brackets are removed.</exception>
    public ImmutableArray<MeetingItem> WithDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》')));
        if (query.Length == 0)
        {
            throw new ArgumentException("The document text is empty.", nameof(text));
        }

        return [.. items.Value.Where(mi => mi.Item.Documents.Any(d => d.Contains(query, StringComparison.Ordinal)))];
    }

    /// <summary>The agenda items whose subject, document titles or text mention a piece of text: the items a reader
    /// finds by searching the meetings' paragraphs, where <see cref="WithDocument(string)"/> finds only the documents.</summary>
    /// <param name="text">The text to look for, compared ordinally; whitespace inside it is ignored, since the
    /// items' texts have no OCR spaces left.</param>
    /// <returns>The items with their meetings, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or only whitespace.</exception>
    /// <example><c>yearbook.Meetings.ItemsMentioning("安全生产")</c> finds the eight items that take up work safety,
    /// three of which name a document about it.</example>
    public ImmutableArray<MeetingItem> ItemsMentioning(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = TextKeys.Compact(text);
        if (query.Length == 0)
        {
            throw new ArgumentException("The search text is empty or only whitespace.", nameof(text));
        }

        return
        [
            .. items.Value.Where(mi =>
                mi.Item.Subject.Contains(query, StringComparison.Ordinal)
                || mi.Item.Text.Contains(query, StringComparison.Ordinal)
                || mi.Item.Documents.Any(d => d.Contains(query, StringComparison.Ordinal))),
        ];
    }

    /// <summary>Every document title named at a meeting, with the items that took it up, ordered by first appearance.</summary>
    /// <returns>One entry per distinct title.</returns>
    public ImmutableArray<DocumentUse> Documents() =>
    [
        .. items.Value
            .SelectMany(mi => mi.Item.Documents.Distinct(StringComparer.Ordinal).Select(d => (Title: d, mi)))
            .GroupBy(x => x.Title, StringComparer.Ordinal)
            .Select(g => new DocumentUse { Title = g.Key, FirstMeeting = g.First().mi.Meeting, Items = [.. g.Select(x => x.mi)] }),
    ];

    /// <summary>The documents reported on as drafts (起草), with the meeting each first came to.</summary>
    /// <returns>The drafted documents, ordered by first appearance.</returns>
    public ImmutableArray<DocumentUse> DraftedDocuments() => [.. Documents().Where(d => d.WasDrafted)];

    // The two indexes a cold "meetings in July" answer needs are built with plain loops: LINQ's OrderBy and
    // GroupBy over a DateOnly key are generic code the JIT compiles afresh in every process (~10 ms of a
    // cold start), for 24 meetings.
    private static ImmutableArray<Meeting> SortedByDate(ImmutableArray<Meeting> meetings)
    {
        // Insertion sort: stable (meetings on the same day keep their text order) and fine for a few dozen.
        var sorted = meetings.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var meeting = sorted[i];
            var j = i - 1;
            for (; j >= 0 && sorted[j].Date > meeting.Date; j--)
            {
                sorted[j + 1] = sorted[j];
            }

            sorted[j + 1] = meeting;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static ImmutableArray<Meeting>[] ByMonth(ImmutableArray<Meeting> byDate)
    {
        var months = new ImmutableArray<Meeting>.Builder?[13];
        // A month of 2020: a date of another year (which Validate() reports) is in no month here.
        foreach (var meeting in byDate.Where(m => m.Date.Year == 2020))
        {
            (months[meeting.Date.Month] ??= ImmutableArray.CreateBuilder<Meeting>()).Add(meeting);
        }

        var byMonth = new ImmutableArray<Meeting>[13];
        for (var month = 0; month < byMonth.Length; month++)
        {
            byMonth[month] = months[month]?.ToImmutable() ?? [];
        }

        return byMonth;
    }

    private static void CheckDefined(MeetingKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined meeting kind.");
        }
    }

    internal override string? KeyConflict() =>
        base.KeyConflict() ?? (TryFindDuplicate(m => (m.Kind, m.Number), out var number) ? $"two meetings are {number.Kind.ToString().ToLowerInvariant()} meeting {number.Number}." : null);

    /// <summary>A filter names a meeting kind, <c>executive</c> or <c>plenary</c>.</summary>
    internal override int? CountMatching(string filter) => filter switch
    {
        "executive" => this.Count(m => m.Kind == MeetingKind.Executive),
        "plenary" => this.Count(m => m.Kind == MeetingKind.Plenary),
        _ => null,
    };
}
