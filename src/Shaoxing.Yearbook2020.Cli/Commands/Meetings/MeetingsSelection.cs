using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.Meetings;

/// <summary>What <c>meetings</c> found: the meetings in date order, and their agenda items that pass the item filters.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Meetings">The meetings of the days and kind asked for, in date order.</param>
/// <param name="Items">Their agenda items that pass every item filter, in the order of the meetings.</param>
internal sealed record MeetingsSelection(MeetingsOptions Options, IReadOnlyList<Meeting> Meetings, IReadOnlyList<MeetingItem> Items)
{
    /// <summary>Finds the meetings and agenda items asked for.</summary>
    /// <exception cref="BadValueException">No agency or no person in the data has the name asked for.</exception>
    public static MeetingsSelection Of(Yearbook yearbook, MeetingsOptions options)
    {
        var meetings = yearbook.Meetings;
        List<Meeting> selected = [.. meetings.OrderBy(m => m.Date).Where(m => options.Days.Keeps(m.Date) && (options.Kind is null || m.Kind == options.Kind))];
        var items = selected.SelectMany(x => x.AgendaItems.Select(i => new MeetingItem { Meeting = x, Item = i })).ToList();

        // An item filter keeps the items a query found, in the order of the meetings.
        void KeepOnly(IEnumerable<MeetingItem> found)
        {
            var ids = found.Select(x => x.Item.Id).ToHashSet(StringComparer.Ordinal);
            items = [.. items.Where(x => ids.Contains(x.Item.Id))];
        }

        if (options.Agency is { } a)
        {
            var found = string.IsNullOrWhiteSpace(a) ? null : yearbook.Agencies.Resolve(a);
            KeepOnly(meetings.ItemsFromAgency(found?.Id ?? throw new BadValueException($"no agency is named '{a}'.{GovernmentFormat.SuggestAgencies(yearbook, a)}")));
        }

        if (options.Presenter is { } p)
        {
            if (string.IsNullOrWhiteSpace(p) || yearbook.People.FindByName(p) is null)
            {
                throw new BadValueException($"no one named '{p}' is in the data.{GovernmentFormat.SuggestPeople(yearbook, p)}");
            }

            KeepOnly(meetings.WithPresenter(p.Trim()));
        }

        if (options.Document is { } d)
        {
            KeepOnly(meetings.WithDocument(d));
        }

        if (options.Mentioning is { } t)
        {
            KeepOnly(meetings.ItemsMentioning(t));
        }

        if (options.ItemKind is { } kind)
        {
            items = [.. items.Where(x => x.Item.Kind == kind)];
        }

        return new(options, selected, items);
    }
}
