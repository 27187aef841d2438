using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="RuleOperand"/> from its JSON object (every property present, in any order).</summary>
internal static class RuleOperandReader
{
    private static readonly PropertyNames Properties = new(
        nameof(RuleOperand),
        "kind",
        "figureId",
        "changeFigureId",
        "recordKind",
        "filter");

    /// <summary>Reads one RuleOperand; the reader is on its <c>{</c>.</summary>
    public static RuleOperand Read(ref DataReader reader)
    {
        RuleOperandKind kind = default;
        string? figureId = null;
        string? changeFigureId = null;
        string? recordKind = null;
        string? filter = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // kind
                    kind = reader.Enum(DataEnums.RuleOperandKinds);
                    break;
                case 1: // figureId
                    figureId = reader.NullableString();
                    break;
                case 2: // changeFigureId
                    changeFigureId = reader.NullableString();
                    break;
                case 3: // recordKind
                    recordKind = reader.NullableString();
                    break;
                case 4: // filter
                    filter = reader.NullableString();
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new RuleOperand
        {
            Kind = kind,
            FigureId = figureId,
            ChangeFigureId = changeFigureId,
            RecordKind = recordKind,
            Filter = filter,
        };
    }
}
