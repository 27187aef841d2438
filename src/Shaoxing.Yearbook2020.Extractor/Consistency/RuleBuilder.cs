using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>Builds <see cref="ConsistencyRule"/> records from the curated rules and the extracted figures.</summary>
public static class RuleBuilder
{
    /// <summary>Builds every rule.</summary>
    /// <param name="curated">The curated rules.</param>
    /// <param name="figures">The figures extracted from the text.</param>
    /// <param name="entries">The entries, whose clock times an elapsed time is read from.</param>
    /// <returns>The rules, in file order.</returns>
    /// <exception cref="ExtractorException">A rule refers to a figure id that does not exist, or to a clock time its entry does not print.</exception>
    public static ImmutableArray<ConsistencyRule> Build(CuratedRules curated, ImmutableArray<Figure> figures, ImmutableArray<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(curated);
        var byId = figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var entriesById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Figure Resolve(string ruleId, string? id) =>
            id is not null && byId.TryGetValue(id, out var figure)
                ? figure
                : throw new ExtractorException(0, $"{CuratedRulesFile.FileName}: rule '{ruleId}' refers to the figure '{id}', which the text does not yield.");

        var rules = ImmutableArray.CreateBuilder<ConsistencyRule>();
        foreach (var rule in curated.Rules)
        {
            var used = new List<SourceSpan>();
            var operands = new List<RuleOperand>();
            foreach (var curatedOperand in rule.Operands.Prepend(rule.Result))
            {
                var operand = curatedOperand.Operand;
                if (operand.Kind is RuleOperandKind.Figure or RuleOperandKind.ImpliedPrevious)
                {
                    used.Add(Resolve(rule.Id, operand.FigureId).Source);
                }

                if (operand.Kind == RuleOperandKind.ImpliedPrevious)
                {
                    used.Add(Resolve(rule.Id, operand.ChangeFigureId).Source);
                }

                if (curatedOperand.Elapsed is { } elapsed)
                {
                    var (from, to, source) = ClockTimesOf(rule.Id, elapsed, entriesById);
                    operand = operand with { From = from, To = to };
                    used.Add(source);
                }

                operands.Add(operand);
            }

            if (used.Count == 0)
            {
                throw new ExtractorException(0, $"{CuratedRulesFile.FileName}: rule '{rule.Id}' relates no figure.");
            }

            var entryIds = used.Select(s => s.EntryId).Distinct().ToList();
            rules.Add(new ConsistencyRule
            {
                Id = rule.Id,
                Description = rule.Description,
                Kind = rule.Kind,
                Result = operands[0],
                Operands = [.. operands.Skip(1)],
                Tolerance = rule.Tolerance,
                ExpectedToHold = rule.Expected,
                Note = rule.Note,
                Source = new SourceSpan
                {
                    Line = used.Min(s => s.Line),
                    EndLine = used.Max(s => s.EndLine),
                    EntryId = entryIds.Count == 1 ? entryIds[0] : null,
                },
            });
        }

        return rules.ToImmutable();
    }

    private static (ClockTime From, ClockTime To, SourceSpan Source) ClockTimesOf(
        string ruleId, CuratedElapsed elapsed, Dictionary<string, Entry> entries)
    {
        if (!entries.TryGetValue(elapsed.EntryId, out var entry))
        {
            throw new ExtractorException(0, $"{CuratedRulesFile.FileName}: rule '{ruleId}' reads clock times of the entry '{elapsed.EntryId}', which the text does not have.");
        }

        var times = ClockTimes.Read(entry.Text, entry.Source.Line);
        if (Math.Max(elapsed.From, elapsed.To) > times.Length)
        {
            throw new ExtractorException(entry.Source.Line, FormattableString.Invariant(
                $"{CuratedRulesFile.FileName}: rule '{ruleId}' reads clock times {elapsed.From} and {elapsed.To} of {entry.Id}, which prints {times.Length} ({string.Join(", ", times.Select(t => t.Quote))})."));
        }

        var from = times[elapsed.From - 1];
        var to = times[elapsed.To - 1];
        var start = entry.Text.IndexOf(from.Quote, StringComparison.Ordinal);
        var end = entry.Text.IndexOf(to.Quote, StringComparison.Ordinal);
        var span = entry.SourceOf(Math.Min(start, end), Math.Max(start + from.Quote.Length, end + to.Quote.Length) - Math.Min(start, end));
        return (from, to, span);
    }
}
