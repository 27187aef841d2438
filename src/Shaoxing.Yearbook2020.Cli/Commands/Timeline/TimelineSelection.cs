using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Timeline;

/// <summary>What <c>timeline</c> found: the dated records asked for, in date order.</summary>
/// <param name="Records">The records.</param>
internal sealed record TimelineSelection(IReadOnlyList<IDatedRecord> Records)
{
    /// <summary>Finds the records asked for on the yearbook's timeline.</summary>
    public static TimelineSelection Of(Yearbook yearbook, TimelineOptions options)
    {
        var days = options.Days;
        IEnumerable<IDatedRecord> selected = days.Month is { } month ? yearbook.Timeline.InMonth(month) : yearbook.Timeline;
        selected = selected.Where(r => (days.From is null || r.Date >= days.From) && (days.To is null || r.Date <= days.To));
        if (options.Kind is { } kind)
        {
            selected = selected.Where(r => r.GetType() == kind.RecordType);
        }

        return new([.. selected]);
    }

    /// <summary>The name of a record's kind, as the data files and <c>--kind</c> name it.</summary>
    public static string KindOf(IDatedRecord record) => TimelineOptions.DatedKinds.First(x => x.RecordType == record.GetType()).Name;
}
