using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Figure"/> from its JSON object (every property present, in any order).</summary>
internal static class FigureReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Figure),
        "id",
        "entryId",
        "tableId",
        "label",
        "value",
        "unit",
        "normalizedValue",
        "normalizedUnit",
        "isApproximate",
        "quote",
        "source");

    /// <summary>Reads one Figure; the reader is on its <c>{</c>.</summary>
    public static Figure Read(ref DataReader reader)
    {
        string? id = null;
        string? entryId = null;
        string? tableId = null;
        string? label = null;
        string? value = null;
        string? unit = null;
        decimal normalizedValue = default;
        string? normalizedUnit = null;
        bool isApproximate = default;
        string? quote = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // entryId
                    entryId = reader.NullableString();
                    break;
                case 2: // tableId
                    tableId = reader.NullableString();
                    break;
                case 3: // label
                    label = reader.String();
                    break;
                case 4: // value
                    value = reader.String();
                    break;
                case 5: // unit
                    unit = reader.NullableString();
                    break;
                case 6: // normalizedValue
                    normalizedValue = reader.Decimal();
                    break;
                case 7: // normalizedUnit
                    normalizedUnit = reader.NullableString();
                    break;
                case 8: // isApproximate
                    isApproximate = reader.Boolean();
                    break;
                case 9: // quote
                    quote = reader.String();
                    break;
                case 10: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Figure
        {
            Id = id!,
            EntryId = entryId,
            TableId = tableId,
            Label = label!,
            Value = value!,
            Unit = unit,
            NormalizedValue = normalizedValue,
            NormalizedUnit = normalizedUnit,
            IsApproximate = isApproximate,
            Quote = quote!,
            Source = source!,
        };
    }
}
