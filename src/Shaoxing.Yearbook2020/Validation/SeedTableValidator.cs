using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="SeedTable"/>.</summary>
internal sealed class SeedTableValidator : AbstractValidator<SeedTable>
{
    public SeedTableValidator(DatasetFacts facts)
    {
        RuleFor(t => t).Custom((t, context) => NamedRecordValidator.Check(t, t.Id, t.NamedRecords, facts, context));
        RuleFor(t => t.Id).Equal(t => "table-" + t.Number);
        RuleFor(t => t.Title).NotEmpty();
        RuleFor(t => t.Rows).NotEmpty();
        RuleForEach(t => t.Rows)
            .Must((t, row) => row.Line >= t.Source.Line && row.Line <= t.Source.EndLine)
            .WithMessage("A row's line lies outside the table's source.");
        RuleForEach(t => t.Rows)
            .Must(row => row.EnglishCells.IsEmpty || row.EnglishCells.Length == row.Cells.Length)
            .WithMessage("A row's English cells are one for each cell, in order, or none when a rendering is missing.");
        RuleFor(t => t.Source).SetValidator(new SourceSpanValidator(facts));
        RuleFor(t => t.PeriodEnd).GreaterThanOrEqualTo(t => t.PeriodStart);
        RuleFor(t => t.PeriodText)
            .Must((t, text) => text is null || t.Title.Contains(text, StringComparison.Ordinal))
            .WithMessage("A table's period is stated in its title.");
    }
}
