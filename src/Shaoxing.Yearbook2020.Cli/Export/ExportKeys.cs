using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The export's key of a record where it is not the record's id. 表6 rows carry ids by seed line
/// (<c>table-6-line-251</c>) while the figures of their cells are named by area (<c>t6-xinchang-road-accidents</c>,
/// <c>t6-total-…</c>); keyed <c>t6-xinchang</c> and <c>t6-total</c>, a row and its figures share a prefix an analyst
/// can join on. The package's id stays in the <c>id</c> column.
/// </summary>
internal static class ExportKeys
{
    /// <summary>The key of a record, or <see langword="null"/> where its id (or position) is the key.</summary>
    public static string? Of(object record) => record switch
    {
        DistrictSafetyStatistics { IsTotal: true } => "t6-total",
        DistrictSafetyStatistics { PlaceId: { } placeId } => "t6-" + placeId,
        _ => null,
    };
}
