using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Honours;

/// <summary>What <c>honours</c> found.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Honours">Every honour that passes the filters, in the data's order (the rendering shows the first <see cref="HonoursOptions.Limit"/>).</param>
internal sealed record HonoursSelection(HonoursOptions Options, ImmutableArray<Honour> Honours)
{
    /// <summary>Finds the honours asked for, with the package's queries.</summary>
    public static HonoursSelection Of(Yearbook yearbook, HonoursOptions options)
    {
        var honours = yearbook.Honours;
        IEnumerable<Honour> found = honours;
        foreach (var (text, query) in new (string?, Func<string, ImmutableArray<Honour>>)[]
        {
            (options.Recipient, honours.ReceivedBy), (options.Title, honours.WithTitleContaining), (options.Nominator, honours.NominatedBy),
        })
        {
            if (text is not null)
            {
                found = found.Intersect(query(text));
            }
        }

        if (options.Level is { } level)
        {
            found = found.Intersect(honours.AtLevel(level));
        }

        if (options.Days.Date is { } day)
        {
            found = found.Intersect(honours.OnDate(day));
        }

        return new(options, [.. found]);
    }
}
