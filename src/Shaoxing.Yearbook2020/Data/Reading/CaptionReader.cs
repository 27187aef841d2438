using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Caption"/> from its JSON object (every property present, in any order).</summary>
internal static class CaptionReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Caption),
        "id",
        "sectionId",
        "text",
        "date",
        "endDate",
        "credit",
        "source");

    /// <summary>Reads one Caption; the reader is on its <c>{</c>.</summary>
    public static Caption Read(ref DataReader reader)
    {
        string? id = null;
        string? sectionId = null;
        string? text = null;
        DateOnly? date = null;
        DateOnly? endDate = null;
        string? credit = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // sectionId
                    sectionId = reader.String();
                    break;
                case 2: // text
                    text = reader.String();
                    break;
                case 3: // date
                    date = reader.NullableDate();
                    break;
                case 4: // endDate
                    endDate = reader.NullableDate();
                    break;
                case 5: // credit
                    credit = reader.String();
                    break;
                case 6: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Caption
        {
            Id = id!,
            SectionId = sectionId!,
            Text = text!,
            Date = date,
            EndDate = endDate,
            Credit = credit!,
            Source = source!,
        };
    }
}
