using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="ConsistencyRule"/> from its JSON object (every property present, in any order).</summary>
internal static class ConsistencyRuleReader
{
    private static readonly PropertyNames Properties = new(
        nameof(ConsistencyRule),
        "id",
        "description",
        "kind",
        "result",
        "operands",
        "tolerance",
        "expectedToHold",
        "note",
        "source");

    /// <summary>Reads one ConsistencyRule; the reader is on its <c>{</c>.</summary>
    public static ConsistencyRule Read(ref DataReader reader)
    {
        string? id = null;
        string? description = null;
        ConsistencyRuleKind kind = default;
        RuleOperand? result = null;
        ImmutableArray<RuleOperand> operands = default;
        decimal tolerance = default;
        bool expectedToHold = default;
        string? note = null;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // id
                    id = reader.String();
                    break;
                case 1: // description
                    description = reader.String();
                    break;
                case 2: // kind
                    kind = reader.Enum(DataEnums.ConsistencyRuleKinds);
                    break;
                case 3: // result
                    result = RuleOperandReader.Read(ref reader);
                    break;
                case 4: // operands
                    operands = reader.Array(RuleOperandReader.Read);
                    break;
                case 5: // tolerance
                    tolerance = reader.Decimal();
                    break;
                case 6: // expectedToHold
                    expectedToHold = reader.Boolean();
                    break;
                case 7: // note
                    note = reader.NullableString();
                    break;
                case 8: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new ConsistencyRule
        {
            Id = id!,
            Description = description!,
            Kind = kind,
            Result = result!,
            Operands = operands,
            Tolerance = tolerance,
            ExpectedToHold = expectedToHold,
            Note = note,
            Source = source!,
        };
    }
}
