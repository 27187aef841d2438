using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="SafetyIncident"/> from its JSON object (every property present, in any order).</summary>
internal static class SafetyIncidentReader
{
    private static readonly PropertyNames Properties = new(
        nameof(SafetyIncident),
        "id",
        "name",
        "code",
        "category",
        "date",
        "time",
        "endDate",
        "endTime",
        "district",
        "location",
        "inShaoxing",
        "deaths",
        "injured",
        "seriouslyInjured",
        "evacuated",
        "affected",
        "relocated",
        "directEconomicLossYuan",
        "detailLevel",
        "summary",
        "notes",
        "source",
        "mentions");

    /// <summary>Reads one SafetyIncident; the reader is on its <c>{</c>.</summary>
    public static SafetyIncident Read(ref DataReader reader)
    {
        string? id = null;
        string? name = null;
        string? code = null;
        IncidentCategory category = default;
        DateOnly? date = null;
        TimeOnly? time = null;
        DateOnly? endDate = null;
        TimeOnly? endTime = null;
        string? district = null;
        string? location = null;
        bool inShaoxing = default;
        int? deaths = null;
        int? injured = null;
        int? seriouslyInjured = null;
        int? evacuated = null;
        int? affected = null;
        int? relocated = null;
        decimal? directEconomicLossYuan = null;
        DetailLevel detailLevel = default;
        string? summary = null;
        string? notes = null;
        SourceSpan? source = null;
        ImmutableArray<SourceSpan> mentions = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // name
                    name = reader.String();
                    break;
                case 2: // code
                    code = reader.NullableString();
                    break;
                case 3: // category
                    category = reader.Enum(DataEnums.IncidentCategories);
                    break;
                case 4: // date
                    date = reader.NullableDate();
                    break;
                case 5: // time
                    time = reader.NullableHourMinute();
                    break;
                case 6: // endDate
                    endDate = reader.NullableDate();
                    break;
                case 7: // endTime
                    endTime = reader.NullableHourMinute();
                    break;
                case 8: // district
                    district = reader.NullableString();
                    break;
                case 9: // location
                    location = reader.NullableString();
                    break;
                case 10: // inShaoxing
                    inShaoxing = reader.Boolean();
                    break;
                case 11: // deaths
                    deaths = reader.NullableInt32();
                    break;
                case 12: // injured
                    injured = reader.NullableInt32();
                    break;
                case 13: // seriouslyInjured
                    seriouslyInjured = reader.NullableInt32();
                    break;
                case 14: // evacuated
                    evacuated = reader.NullableInt32();
                    break;
                case 15: // affected
                    affected = reader.NullableInt32();
                    break;
                case 16: // relocated
                    relocated = reader.NullableInt32();
                    break;
                case 17: // directEconomicLossYuan
                    directEconomicLossYuan = reader.NullableDecimal();
                    break;
                case 18: // detailLevel
                    detailLevel = reader.Enum(DataEnums.DetailLevels);
                    break;
                case 19: // summary
                    summary = reader.String();
                    break;
                case 20: // notes
                    notes = reader.NullableString();
                    break;
                case 21: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
                case 22: // mentions
                    mentions = reader.Array(SourceSpanReader.Read);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new SafetyIncident
        {
            Id = id!,
            Name = name!,
            Code = code,
            Category = category,
            Date = date,
            Time = time,
            EndDate = endDate,
            EndTime = endTime,
            District = district,
            Location = location,
            InShaoxing = inShaoxing,
            Deaths = deaths,
            Injured = injured,
            SeriouslyInjured = seriouslyInjured,
            Evacuated = evacuated,
            Affected = affected,
            Relocated = relocated,
            DirectEconomicLossYuan = directEconomicLossYuan,
            DetailLevel = detailLevel,
            Summary = summary!,
            Notes = notes,
            Source = source!,
            Mentions = mentions,
        };
    }
}
