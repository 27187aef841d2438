using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="SeedTableRow"/> from its JSON object (every property present, in any order).</summary>
internal static class SeedTableRowReader
{
    private static readonly PropertyNames Properties = new(
        nameof(SeedTableRow),
        "line",
        "cells");

    /// <summary>Reads one SeedTableRow; the reader is on its <c>{</c>.</summary>
    public static SeedTableRow Read(ref DataReader reader)
    {
        int line = default;
        ImmutableArray<string> cells = default;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // line
                    line = reader.Int32();
                    break;
                case 1: // cells
                    cells = reader.StringArray();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new SeedTableRow
        {
            Line = line,
            Cells = cells,
        };
    }
}
