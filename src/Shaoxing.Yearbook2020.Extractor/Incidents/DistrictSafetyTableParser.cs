using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Incidents;

/// <summary>Reads 表6 (绍兴市各地生产安全事故统计情况表) from its cells into one record per row.</summary>
/// <remarks>
/// <para>
/// The table has three header rows (seed lines 242-244) and seven data rows. The headers are partly
/// garbage: line 243 has <c>ייוםני</c> in the first column (where the printed table has its diagonal
/// 指标/地区 corner) and <c>711</c> under 合计 (where the printed table has nothing). So the columns
/// are mapped from the structure that survives, and the parser checks that structure before it
/// trusts a single number:
/// </para>
/// <list type="bullet">
/// <item>the last header row reads 地区, then 事故起数/死亡人数 three times, then 事故起数, 同比, 死亡人数, 同比, then
/// 事故起数/死亡人数: thirteen columns, the only row with a label over every number;</item>
/// <item>the first header row puts 工矿商贸企业 over columns 1-4, 道路(水上)运输 over 5-6, 合计 over 7-10 and
/// 较大事故 over 11-12 (each label sits in the first column it spans);</item>
/// <item>the second header row splits 工矿商贸企业 into 建筑施工 (columns 1-2) and 其他 (3-4); its other
/// cells are garbage and ignored.</item>
/// </list>
/// <para>A table whose headers do not have this shape is refused with an <see cref="ExtractorException"/>.</para>
/// </remarks>
internal static class DistrictSafetyTableParser
{
    private const int ColumnCount = 13;

    /// <summary>The labels the structure needs, as (header row, column, label).</summary>
    private static readonly (int Row, int Column, string Label)[] ExpectedHeaders =
    [
        (0, 1, "工矿商贸企业"), (0, 5, "道路(水上)运输"), (0, 7, "合计"), (0, 11, "较大事故"),
        (1, 1, "建筑施工"), (1, 3, "其他"),
        (2, 0, "地区"), (2, 1, "事故起数"), (2, 2, "死亡人数"), (2, 3, "事故起数"), (2, 4, "死亡人数"),
        (2, 5, "事故起数"), (2, 6, "死亡人数"), (2, 7, "事故起数"), (2, 8, "同比"), (2, 9, "死亡人数"),
        (2, 10, "同比"), (2, 11, "事故起数"), (2, 12, "死亡人数"),
    ];

    public static ImmutableArray<DistrictSafetyStatistics> Parse(SeedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Length < 4)
        {
            throw new ExtractorException(table.Source.Line, "表6 has fewer than three header rows and one data row");
        }

        foreach (var (row, column, label) in ExpectedHeaders)
        {
            var cells = table.Rows[row].Cells;
            if (column >= cells.Length || cells[column] != label)
            {
                throw new ExtractorException(table.Rows[row].Line, $"表6 header column {column} should read {label}");
            }
        }

        var records = ImmutableArray.CreateBuilder<DistrictSafetyStatistics>();
        foreach (var row in table.Rows.Skip(3))
        {
            var cells = row.Cells;
            if (cells.Length != ColumnCount)
            {
                throw new ExtractorException(row.Line, $"a 表6 row has {cells.Length} cells, not {ColumnCount}");
            }

            int Count(int column) => EntryText.Int(cells[column], row.Line);
            records.Add(new DistrictSafetyStatistics
            {
                Id = "table-6-line-" + row.Line.ToString(CultureInfo.InvariantCulture),
                Area = cells[0],
                IsTotal = cells[0] == "合计",
                ConstructionAccidents = Count(1),
                ConstructionDeaths = Count(2),
                OtherIndustrialAccidents = Count(3),
                OtherIndustrialDeaths = Count(4),
                RoadAccidents = Count(5),
                RoadDeaths = Count(6),
                TotalAccidents = Count(7),
                TotalAccidentsChangePercent = Percent(cells[8], row.Line),
                TotalDeaths = Count(9),
                TotalDeathsChangePercent = Percent(cells[10], row.Line),
                MajorAccidents = Count(11),
                MajorAccidentDeaths = Count(12),
                Source = new SourceSpan { Line = row.Line, EndLine = row.Line },
            });
        }

        return records.ToImmutable();
    }

    private static decimal Percent(string cell, int line)
    {
        if (!cell.EndsWith('%')
            || !decimal.TryParse(cell[..^1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new ExtractorException(line, $"'{cell}' is not a percentage");
        }

        return value;
    }
}
