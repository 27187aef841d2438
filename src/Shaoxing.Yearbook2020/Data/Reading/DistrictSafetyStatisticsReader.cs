using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="DistrictSafetyStatistics"/> from its JSON object (every property present, in any order).</summary>
internal static class DistrictSafetyStatisticsReader
{
    private static readonly PropertyNames Properties = new(
        nameof(DistrictSafetyStatistics),
        "id",
        "area",
        "isTotal",
        "constructionAccidents",
        "constructionDeaths",
        "otherIndustrialAccidents",
        "otherIndustrialDeaths",
        "roadAccidents",
        "roadDeaths",
        "totalAccidents",
        "totalAccidentsChangePercent",
        "totalDeaths",
        "totalDeathsChangePercent",
        "majorAccidents",
        "majorAccidentDeaths",
        "source");

    /// <summary>Reads one DistrictSafetyStatistics; the reader is on its <c>{</c>.</summary>
    public static DistrictSafetyStatistics Read(ref DataReader reader)
    {
        string? id = null;
        string? area = null;
        bool isTotal = default;
        int constructionAccidents = default;
        int constructionDeaths = default;
        int otherIndustrialAccidents = default;
        int otherIndustrialDeaths = default;
        int roadAccidents = default;
        int roadDeaths = default;
        int totalAccidents = default;
        decimal totalAccidentsChangePercent = default;
        int totalDeaths = default;
        decimal totalDeathsChangePercent = default;
        int majorAccidents = default;
        int majorAccidentDeaths = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // area
                    area = reader.String();
                    break;
                case 2: // isTotal
                    isTotal = reader.Boolean();
                    break;
                case 3: // constructionAccidents
                    constructionAccidents = reader.Int32();
                    break;
                case 4: // constructionDeaths
                    constructionDeaths = reader.Int32();
                    break;
                case 5: // otherIndustrialAccidents
                    otherIndustrialAccidents = reader.Int32();
                    break;
                case 6: // otherIndustrialDeaths
                    otherIndustrialDeaths = reader.Int32();
                    break;
                case 7: // roadAccidents
                    roadAccidents = reader.Int32();
                    break;
                case 8: // roadDeaths
                    roadDeaths = reader.Int32();
                    break;
                case 9: // totalAccidents
                    totalAccidents = reader.Int32();
                    break;
                case 10: // totalAccidentsChangePercent
                    totalAccidentsChangePercent = reader.Decimal();
                    break;
                case 11: // totalDeaths
                    totalDeaths = reader.Int32();
                    break;
                case 12: // totalDeathsChangePercent
                    totalDeathsChangePercent = reader.Decimal();
                    break;
                case 13: // majorAccidents
                    majorAccidents = reader.Int32();
                    break;
                case 14: // majorAccidentDeaths
                    majorAccidentDeaths = reader.Int32();
                    break;
                case 15: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new DistrictSafetyStatistics
        {
            Id = id!,
            Area = area!,
            IsTotal = isTotal,
            ConstructionAccidents = constructionAccidents,
            ConstructionDeaths = constructionDeaths,
            OtherIndustrialAccidents = otherIndustrialAccidents,
            OtherIndustrialDeaths = otherIndustrialDeaths,
            RoadAccidents = roadAccidents,
            RoadDeaths = roadDeaths,
            TotalAccidents = totalAccidents,
            TotalAccidentsChangePercent = totalAccidentsChangePercent,
            TotalDeaths = totalDeaths,
            TotalDeathsChangePercent = totalDeathsChangePercent,
            MajorAccidents = majorAccidents,
            MajorAccidentDeaths = majorAccidentDeaths,
            Source = source!,
        };
    }
}
