using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>Builds <see cref="ConsistencyRule"/> records from the curated rules and the extracted figures.</summary>
public static class RuleBuilder
{
    /// <summary>Builds every rule.</summary>
    /// <param name="curated">The curated rules.</param>
    /// <param name="figures">The figures extracted from the text.</param>
    /// <returns>The rules, in file order.</returns>
    /// <exception cref="ExtractorException">A rule refers to a figure id that does not exist.</exception>
    public static ImmutableArray<ConsistencyRule> Build(CuratedRules curated, ImmutableArray<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(curated);
        var byId = figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Figure Resolve(string ruleId, string? id) =>
            id is not null && byId.TryGetValue(id, out var figure)
                ? figure
                : throw new ExtractorException(0, $"{CuratedRulesFile.FileName}: rule '{ruleId}' refers to the figure '{id}', which the text does not yield.");

        var rules = ImmutableArray.CreateBuilder<ConsistencyRule>();
        foreach (var rule in curated.Rules)
        {
            var used = new List<Figure>();
            foreach (var operand in rule.Operands.Prepend(rule.Result))
            {
                if (operand.Kind != RuleOperandKind.RecordCount)
                {
                    used.Add(Resolve(rule.Id, operand.FigureId));
                }

                if (operand.Kind == RuleOperandKind.ImpliedPrevious)
                {
                    used.Add(Resolve(rule.Id, operand.ChangeFigureId));
                }
            }

            if (used.Count == 0)
            {
                throw new ExtractorException(0, $"{CuratedRulesFile.FileName}: rule '{rule.Id}' relates no figure.");
            }

            var entries = used.Select(f => f.EntryId).Distinct().ToList();
            rules.Add(new ConsistencyRule
            {
                Id = rule.Id,
                Description = rule.Description,
                Kind = rule.Kind,
                Result = rule.Result,
                Operands = rule.Operands,
                Tolerance = rule.Tolerance,
                ExpectedToHold = rule.Expected,
                Note = rule.Note,
                Source = new SourceSpan
                {
                    Line = used.Min(f => f.Source.Line),
                    EndLine = used.Max(f => f.Source.EndLine),
                    EntryId = entries.Count == 1 ? entries[0] : null,
                },
            });
        }

        return rules.ToImmutable();
    }
}
