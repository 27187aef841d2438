using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Timeline;

/// <summary>What <c>timeline</c> is asked.</summary>
/// <param name="Days">The records' days (<c>--month</c>, <c>--from</c>, <c>--to</c>).</param>
/// <param name="Kind">Only records of this kind (<c>--kind</c>).</param>
internal sealed record TimelineOptions(DayFilter Days, RecordKind? Kind)
{
    /// <summary>The kinds whose records are dated, and so on the timeline.</summary>
    public static IReadOnlyList<RecordKind> DatedKinds { get; } = [.. Yearbook.Kinds.Where(k => k.RecordType.IsAssignableTo(typeof(IDatedRecord)))];

    /// <summary>The options of <c>timeline</c>.</summary>
    public static CommandOptions<TimelineOptions> Declare()
    {
        var days = new DayOptions("records", month: true, range: true, monthWord: "of");
        var kind = CheckedOption.OneOf<RecordKind?>(
            "--kind",
            "Only records of this kind: meetings, safety-incidents, honours or captions.",
            [.. DatedKinds.Select(k => (k.Name, (RecordKind?)k))]);
        return new([.. days.Options, kind], parsed => new TimelineOptions(days.Read(parsed), parsed.GetValue(kind)));
    }
}
