using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// The seed lines a consistency rule reads: the lines of its figures, listed rather than ranged, since the figures of
/// a rule often lie far apart (lines 132 and 154, not the 23 lines between).
/// </summary>
internal static class RuleLines
{
    /// <summary>The distinct lines of the rule's figures, in order; the rule's span's first and last line when it names no figure that exists.</summary>
    /// <param name="yearbook">The yearbook whose figures the rule names.</param>
    /// <param name="rule">The rule.</param>
    public static ImmutableArray<int> Of(Yearbook yearbook, ConsistencyRule rule)
    {
        var lines = rule.Operands.Prepend(rule.Result)
            .SelectMany(o => new[] { o.FigureId, o.ChangeFigureId })
            .OfType<string>()
            .Select(id => yearbook.Figures.Find(id)?.Source.Line)
            .OfType<int>()
            .Distinct()
            .Order()
            .ToImmutableArray();
        return lines.IsEmpty ? [.. new[] { rule.Source.Line, rule.Source.EndLine }.Distinct()] : lines;
    }

    /// <summary>The lines as the table shows them: <c>132, 154</c>.</summary>
    /// <param name="lines">The lines.</param>
    public static string Text(ImmutableArray<int> lines) => string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
}
