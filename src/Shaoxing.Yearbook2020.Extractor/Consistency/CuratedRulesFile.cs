using System.Collections.Immutable;
using System.Text.Json;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>Reads <c>seeds/consistency-rules.json</c>.</summary>
public static class CuratedRulesFile
{
    /// <summary>The file's name under <c>seeds/</c>.</summary>
    public const string FileName = "consistency-rules.json";

    /// <summary>Parses the file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The curated names and rules.</returns>
    /// <exception cref="ExtractorException">The file is malformed.</exception>
    public static CuratedRules Parse(byte[] bytes)
    {
        var rules = CuratedFile.Read(FileName, bytes, Read);
        CuratedFile.RequireUnique(FileName, rules.Rules, r => r.Id, "rule id");
        return rules;
    }

    private static CuratedRules Read(JsonElement root)
    {
        var figures = root.GetProperty("figures").EnumerateArray().Select(ReadFigureName).ToImmutableArray();
        var tables = root.GetProperty("tables").EnumerateArray()
            .Select(t => new CuratedTableKeys(
                Text(t, "table"),
                Text(t, "prefix"),
                t.GetProperty("rows").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
                [.. t.GetProperty("columns").EnumerateArray().Select(c => (Text(c, "key"), Text(c, "label"), Text(c, "unit")))]))
            .ToImmutableArray();
        var rules = root.GetProperty("rules").EnumerateArray().Select(ReadRule).ToImmutableArray();
        return new CuratedRules { Figures = figures, Tables = tables, Rules = rules };
    }

    private static CuratedFigureName ReadFigureName(JsonElement figure)
    {
        var id = Text(figure, "id");
        if (figure.TryGetProperty("phrase", out _) || figure.TryGetProperty("value", out _))
        {
            throw new FormatException($"figure '{id}' is named by a printed phrase or value; name it by 'before', 'unit', 'after' and 'order' instead.");
        }

        var before = Optional(figure, "before");
        var after = Optional(figure, "after");
        var label = Optional(figure, "label");
        var unit = figure.GetProperty("unit").GetString();
        // A figure named by a number stops being found when the number changes, which is what the rules exist to report.
        foreach (var (name, words) in new[] { ("before", before), ("after", after), ("label", label), ("unit", unit ?? string.Empty) })
        {
            if (words.Any(IsDigit))
            {
                throw new FormatException($"figure '{id}': '{name}' ('{words}') holds a digit; name a figure by words, unit and order, never by a printed number.");
            }
        }

        int? order = figure.TryGetProperty("order", out var o) ? o.GetInt32() : null;
        if (order < 1)
        {
            throw new FormatException($"figure '{id}': 'order' counts from 1.");
        }

        return new CuratedFigureName(id, Text(figure, "entry"), before, unit, after, label, order);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static string Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? throw new FormatException($"'{name}' is null.") : string.Empty;

    private static CuratedRule ReadRule(JsonElement rule)
    {
        var kind = Text(rule, "kind") switch
        {
            "sum" => ConsistencyRuleKind.Sum,
            "ratio" => ConsistencyRuleKind.Ratio,
            "year-on-year" => ConsistencyRuleKind.YearOnYear,
            "difference" => ConsistencyRuleKind.Difference,
            "equality" => ConsistencyRuleKind.Equality,
            "part-of" => ConsistencyRuleKind.PartOf,
            var other => throw new FormatException($"rule '{Text(rule, "id")}' has an unknown kind '{other}'."),
        };
        return new CuratedRule(
            Text(rule, "id"),
            kind,
            Text(rule, "description"),
            ReadOperand(rule.GetProperty("result")),
            [.. rule.GetProperty("operands").EnumerateArray().Select(ReadOperand)],
            rule.TryGetProperty("tolerance", out var tolerance) ? tolerance.GetDecimal() : 0m,
            rule.GetProperty("expected").GetBoolean(),
            rule.TryGetProperty("note", out var note) ? note.GetString() : null);
    }

    private static CuratedOperand ReadOperand(JsonElement operand)
    {
        if (operand.ValueKind == JsonValueKind.String)
        {
            return new(new RuleOperand { Kind = RuleOperandKind.Figure, FigureId = operand.GetString() });
        }

        // A value compared with one printed in another unit of its kind (G against T) names the unit it is converted to.
        var unit = operand.TryGetProperty("unit", out var u) ? u.GetString() ?? throw new FormatException("'unit' is null.") : null;
        if (operand.TryGetProperty("figure", out var figure))
        {
            return new(new RuleOperand { Kind = RuleOperandKind.Figure, FigureId = figure.GetString(), Unit = unit });
        }

        if (operand.TryGetProperty("elapsed", out var elapsed))
        {
            var from = elapsed.GetProperty("from").GetInt32();
            var to = elapsed.GetProperty("to").GetInt32();
            if (from < 1 || to < 1)
            {
                throw new FormatException($"an elapsed time's 'from' and 'to' count the entry's clock times from 1 (from {from}, to {to}).");
            }

            return new(new RuleOperand { Kind = RuleOperandKind.Elapsed, Unit = unit }, new CuratedElapsed(Text(elapsed, "entry"), from, to));
        }

        if (unit is not null)
        {
            throw new FormatException("only a figure or an elapsed time is converted to a unit.");
        }

        if (operand.TryGetProperty("impliedPrevious", out var current))
        {
            return new(new RuleOperand
            {
                Kind = RuleOperandKind.ImpliedPrevious, FigureId = current.GetString(), ChangeFigureId = Text(operand, "change"),
            });
        }

        return new(new RuleOperand
        {
            Kind = RuleOperandKind.RecordCount,
            RecordKind = Text(operand, "recordKind"),
            Filter = operand.TryGetProperty("filter", out var filter) ? filter.GetString() : null,
        });
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null.");
}
