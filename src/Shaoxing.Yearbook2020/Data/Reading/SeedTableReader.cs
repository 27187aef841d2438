using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="SeedTable"/> from its JSON object (every property present, in any order).</summary>
internal static class SeedTableReader
{
    private static readonly PropertyNames Properties = new(
        nameof(SeedTable),
        "id",
        "number",
        "title",
        "sectionId",
        "rows",
        "source");

    /// <summary>Reads one SeedTable; the reader is on its <c>{</c>.</summary>
    public static SeedTable Read(ref DataReader reader)
    {
        string? id = null;
        int number = default;
        string? title = null;
        string? sectionId = null;
        ImmutableArray<SeedTableRow> rows = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // number
                    number = reader.Int32();
                    break;
                case 2: // title
                    title = reader.String();
                    break;
                case 3: // sectionId
                    sectionId = reader.String();
                    break;
                case 4: // rows
                    rows = reader.Array(SeedTableRowReader.Read);
                    break;
                case 5: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new SeedTable
        {
            Id = id!,
            Number = number,
            Title = title!,
            SectionId = sectionId!,
            Rows = rows,
            Source = source!,
        };
    }
}
