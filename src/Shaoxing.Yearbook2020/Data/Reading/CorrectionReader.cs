using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="Correction"/> from its JSON object (every property present, in any order).</summary>
internal static class CorrectionReader
{
    private static readonly PropertyNames Properties = new(
        nameof(Correction),
        "id",
        "kind",
        "line",
        "endLine",
        "original",
        "corrected",
        "targetHeading",
        "targetEntryId",
        "reason");

    /// <summary>Reads one Correction; the reader is on its <c>{</c>.</summary>
    public static Correction Read(ref DataReader reader)
    {
        string? id = null;
        CorrectionKind kind = default;
        int line = default;
        int? endLine = null;
        string? original = null;
        string? corrected = null;
        string? targetHeading = null;
        string? targetEntryId = null;
        string? reason = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // kind
                    kind = reader.Enum(DataEnums.CorrectionKinds);
                    break;
                case 2: // line
                    line = reader.Int32();
                    break;
                case 3: // endLine
                    endLine = reader.NullableInt32();
                    break;
                case 4: // original
                    original = reader.NullableString();
                    break;
                case 5: // corrected
                    corrected = reader.NullableString();
                    break;
                case 6: // targetHeading
                    targetHeading = reader.NullableString();
                    break;
                case 7: // targetEntryId
                    targetEntryId = reader.NullableString();
                    break;
                case 8: // reason
                    reason = reader.String();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new Correction
        {
            Id = id!,
            Kind = kind,
            Line = line,
            EndLine = endLine,
            Original = original,
            Corrected = corrected,
            TargetHeading = targetHeading,
            TargetEntryId = targetEntryId,
            Reason = reason!,
        };
    }
}
