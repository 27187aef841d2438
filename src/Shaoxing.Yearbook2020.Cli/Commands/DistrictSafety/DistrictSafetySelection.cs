using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.DistrictSafety;

/// <summary>What <c>district-safety</c> shows: the rows of 表6 asked for, and whether the district rows sum to the total row.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Rows">Every row of 表6.</param>
/// <param name="Shown">The rows shown: all, or the one area asked for.</param>
/// <param name="TotalsCheck">For every count column, the sum of the district rows and the total row's count; empty for one area.</param>
internal sealed record DistrictSafetySelection(
    DistrictSafetyOptions Options,
    DistrictSafetyStatisticsCollection Rows,
    IReadOnlyList<DistrictSafetyStatistics> Shown,
    IReadOnlyList<(string Column, int SumOfDistricts, int Total)> TotalsCheck)
{
    /// <summary>The count columns of 表6, by their English names.</summary>
    public static readonly (string Name, Func<DistrictSafetyStatistics, int> Of)[] CountColumns =
    [
        ("Construction accidents", r => r.ConstructionAccidents),
        ("Construction deaths", r => r.ConstructionDeaths),
        ("Other industrial accidents", r => r.OtherIndustrialAccidents),
        ("Other industrial deaths", r => r.OtherIndustrialDeaths),
        ("Road accidents", r => r.RoadAccidents),
        ("Road deaths", r => r.RoadDeaths),
        ("Total accidents", r => r.TotalAccidents),
        ("Total deaths", r => r.TotalDeaths),
        ("Major accidents", r => r.MajorAccidents),
        ("Major accident deaths", r => r.MajorAccidentDeaths),
    ];

    /// <summary>What the chart measures per area, or <see langword="null"/> for no chart.</summary>
    public Func<DistrictSafetyStatistics, int>? Measure => Options.Chart switch
    {
        "deaths" => r => r.TotalDeaths,
        "accidents" => r => r.TotalAccidents,
        _ => null,
    };

    /// <summary>Finds the rows asked for and sums the district rows.</summary>
    /// <exception cref="BadValueException">No row of 表6 is the area asked for.</exception>
    public static DistrictSafetySelection Of(Yearbook yearbook, DistrictSafetyOptions options)
    {
        var rows = yearbook.DistrictSafetyStatistics;
        if (options.Area is { } area)
        {
            var row = string.IsNullOrWhiteSpace(area) ? null : rows.ForArea(area);
            return row is null
                ? throw new BadValueException($"--area '{area}' is not a row of 表6; use one of {string.Join(", ", rows.Select(r => r.Area))}.")
                : new(options, rows, [row], []);
        }

        var check = rows.Total is { } total
            ? CountColumns.Select(c => (c.Name, rows.Districts.Sum(c.Of), c.Of(total))).ToList()
            : [];
        return new(options, rows, rows, check);
    }
}
