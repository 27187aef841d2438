using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.Search;

/// <summary>What <c>search</c> found.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Hits">Every hit (the rendering shows the first <see cref="SearchOptions.Limit"/>).</param>
internal sealed record SearchSelection(SearchOptions Options, ImmutableArray<EntrySearchHit> Hits)
{
    /// <summary>Searches the entries, per entry or per mention.</summary>
    public static SearchSelection Of(Yearbook yearbook, SearchOptions options) =>
        new(options, options.Every ? yearbook.Entries.Occurrences(options.Text) : yearbook.Entries.Search(options.Text));
}
