using System.Collections.Frozen;
using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Figure"/>: id, owner, value, unit, quote found where the figure says it was printed.</summary>
internal sealed class FigureValidator : AbstractValidator<Figure>
{
    /// <summary>Words that scope, link or introduce a number without saying what it counts: never a label on their own.</summary>
    private static readonly FrozenSet<string> NotALabel = FrozenSet.Create(
        StringComparer.Ordinal,
        "全市", "全省", "全国", "市本级", "市、县两级", "为", "提供", "对", "共", "先后", "其中", "其余", "剩余", "分别", "和", "及", "累计", "从", "在");

    /// <param name="facts">The dataset's facts, with the entries' texts and the tables' cells.</param>
    public FigureValidator(DatasetFacts facts)
        : this(facts, facts.EntryTexts, facts.TableCells)
    {
    }

    /// <param name="facts">The dataset's facts.</param>
    /// <param name="entryTexts">Entry id → repaired text.</param>
    /// <param name="tableCells">Table id → seed line → cells.</param>
    public FigureValidator(
        DatasetFacts facts,
        FrozenDictionary<string, string> entryTexts,
        FrozenDictionary<string, FrozenDictionary<int, IReadOnlyList<string>>> tableCells)
    {
        RuleFor(f => f).Custom((f, context) => NamedRecordValidator.Check(f, f.Id, f.NamedRecords, facts, context));
        RuleFor(f => f.Id).NotEmpty().Matches(ValidationPatterns.KebabId());
        RuleFor(f => f.Label).NotEmpty()
            .Must(l => !NotALabel.Contains(l))
            .WithMessage("'{PropertyValue}' scopes or links the number; the label says what it counts.");
        RuleFor(f => f.Scope).Must(s => s is null || s.Trim().Length > 0).WithMessage("A scope is null or words.");
        RuleFor(f => f.Qualifier).IsInEnum();
        RuleFor(f => f.IsApproximate)
            .Equal(f => f.Qualifier == FigureQualifier.Approximate)
            .WithMessage("IsApproximate says that the qualifier is approximate; a bound (more than, at least …) is not approximate.");
        RuleFor(f => f.IsRank)
            .Equal(f => QuotesARank(f))
            .WithMessage("IsRank says that the quote is a place in a ranking (第…位, 第…名, 前…名), and only then.");
        RuleFor(f => f.Value).NotEmpty();
        RuleFor(f => f.Quote).NotEmpty()
            .Must((f, q) => q.Contains(f.Value, StringComparison.Ordinal))
            .WithMessage("The quote contains the value as written.");
        RuleFor(f => f.Unit)
            .Must((f, u) => u is null || f.Quote.Replace("余", string.Empty, StringComparison.Ordinal).Replace("多", string.Empty, StringComparison.Ordinal).Contains(u, StringComparison.Ordinal))
            .When(f => f.EntryId is not null)
            .WithMessage("The quote contains the unit as written (余 and 多 between multiplier and unit aside).");
        RuleFor(f => f.NormalizedUnit).Null().When(f => f.Unit is null);
        RuleFor(f => f.NormalizedValue)
            .Must((f, v) => v >= 0 || f.Value.StartsWith('-') || (f.NormalizedUnit == "%" && f.Label.EndsWith("下降", StringComparison.Ordinal)))
            .WithMessage("Only a value written with a minus sign, or a percentage after 下降 (a fall), is negative.");
        RuleFor(f => f.NormalizedValue).InclusiveBetween(-100m, 100m).When(f => f.NormalizedUnit == "%");
        RuleFor(f => f)
            .Must(f => (f.EntryId is null) != (f.TableId is null))
            .WithMessage("A figure belongs to exactly one entry or one table.");
        RuleFor(f => f)
            .Must(f => f.EntryId is null || (entryTexts.TryGetValue(f.EntryId, out var text) && text.Contains(f.Quote, StringComparison.Ordinal)))
            .WithMessage("The quote is not found in its entry's text.");
        RuleFor(f => f)
            .Must(f => f.TableId is null
                || (tableCells.TryGetValue(f.TableId, out var rows) && rows.TryGetValue(f.Source.Line, out var cells) && cells.Contains(f.Quote)))
            .WithMessage("The quote is not a cell of its table's row.");
        RuleFor(f => f.Source).SetValidator(new SourceSpanValidator(facts));
        RuleFor(f => f.Source.EntryId).Equal(f => f.EntryId);
        RuleFor(f => f.Source.EndLine).Equal(f => f.Source.Line).WithMessage("A figure is printed on one line.");
    }

    /// <summary>Whether a quote is a place in a ranking: 第…位, 第…名 or 前…名, with its unit.</summary>
    private static bool QuotesARank(Figure figure) =>
        figure.Quote.Length > 1 && figure.Quote[0] is '第' or '前' && figure.Unit is "位" or "名";
}
