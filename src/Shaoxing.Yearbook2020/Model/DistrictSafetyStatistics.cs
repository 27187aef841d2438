using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// One row of 表6 (绍兴市各地生产安全事故统计情况表): the production-safety accidents and deaths
/// of 2020 in one area of Shaoxing, or the city total.
/// </summary>
/// <remarks>
/// Every count is the printed cell. The year-on-year changes are percentages as printed
/// (<c>-28.9%</c> → <c>-28.9</c>). Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>表6, the production-safety accidents and deaths of 2020 by area: one row per area plus the total row.</collection>
/// <collectionValue>A read-only collection, in table order (the total row first, as printed).</collectionValue>
[DataFile("district-safety-statistics.json", typeof(DistrictSafetyStatisticsValidator), Collection = typeof(DistrictSafetyStatisticsCollection), Label = "{Area}")]
public sealed record DistrictSafetyStatistics
{
    /// <summary>The row's stable id: <c>table-6-line-</c> and its seed line.</summary>
    /// <value>A short ASCII id such as <c>table-6-line-246</c>.</value>
    public required string Id { get; init; }

    /// <summary>The area, as printed (the total row's 合 计 reads <c>合计</c>).</summary>
    /// <value>A district name such as <c>越城区</c>, or <c>合计</c>.</value>
    public required string Area { get; init; }

    /// <summary>The place of the row's area.</summary>
    /// <value>A <see cref="Place.Id"/>; <see langword="null"/> for the total row (合计).</value>
    [LinksTo(typeof(Place))]
    public string? PlaceId { get; init; }

    /// <summary>Whether this is the total row (合计).</summary>
    /// <value><see langword="true"/> for the total row.</value>
    public required bool IsTotal { get; init; }

    /// <summary>Accidents in construction (工矿商贸企业 · 建筑施工 · 事故起数).</summary>
    /// <value>A count.</value>
    public required int ConstructionAccidents { get; init; }

    /// <summary>Deaths in construction accidents (工矿商贸企业 · 建筑施工 · 死亡人数).</summary>
    /// <value>A count.</value>
    public required int ConstructionDeaths { get; init; }

    /// <summary>Accidents in other industry and trade (工矿商贸企业 · 其他 · 事故起数).</summary>
    /// <value>A count.</value>
    public required int OtherIndustrialAccidents { get; init; }

    /// <summary>Deaths in other industrial accidents (工矿商贸企业 · 其他 · 死亡人数).</summary>
    /// <value>A count.</value>
    public required int OtherIndustrialDeaths { get; init; }

    /// <summary>Road (and waterway) transport accidents (道路(水上)运输 · 事故起数).</summary>
    /// <value>A count.</value>
    public required int RoadAccidents { get; init; }

    /// <summary>Deaths in road (and waterway) transport accidents (道路(水上)运输 · 死亡人数).</summary>
    /// <value>A count.</value>
    public required int RoadDeaths { get; init; }

    /// <summary>All accidents (合计 · 事故起数).</summary>
    /// <value>A count.</value>
    public required int TotalAccidents { get; init; }

    /// <summary>The change of <see cref="TotalAccidents"/> against 2019 (合计 · 同比).</summary>
    /// <value>A percentage as printed: <c>-28.9</c> for <c>-28.9%</c>.</value>
    public required decimal TotalAccidentsChangePercent { get; init; }

    /// <summary>All deaths (合计 · 死亡人数).</summary>
    /// <value>A count.</value>
    public required int TotalDeaths { get; init; }

    /// <summary>The change of <see cref="TotalDeaths"/> against 2019 (合计 · 同比).</summary>
    /// <value>A percentage as printed: <c>-37.3</c> for <c>-37.3%</c>.</value>
    public required decimal TotalDeathsChangePercent { get; init; }

    /// <summary>Major accidents (较大事故 · 事故起数).</summary>
    /// <value>A count.</value>
    public required int MajorAccidents { get; init; }

    /// <summary>Deaths in major accidents (较大事故 · 死亡人数).</summary>
    /// <value>A count.</value>
    public required int MajorAccidentDeaths { get; init; }

    /// <summary>The row's seed line.</summary>
    /// <value>A one-line span.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Area"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text such as <c>Keqiao District</c> or <c>Total</c>, or <see langword="null"/> when <see cref="Area"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishArea { get; init; }

    /// <summary>The place the row's area names by a whole name (越城区; the total row, 合计, names none).</summary>
    /// <value>Links with their spans; empty for the total row.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
