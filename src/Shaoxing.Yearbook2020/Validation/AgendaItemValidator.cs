using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="AgendaItem"/>.</summary>
internal sealed class AgendaItemValidator : AbstractValidator<AgendaItem>
{
    public AgendaItemValidator(DatasetFacts facts, GovernmentFacts government)
    {
        RuleFor(i => i).Custom((i, context) => NamedRecordValidator.Check(i, i.Id, i.NamedRecords, facts, context));
        RuleFor(i => i.Id).Matches(ValidationPatterns.AgendaItemId());
        RuleFor(i => i.Sequence).GreaterThan(0);
        RuleFor(i => i.Kind).IsInEnum();
        RuleFor(i => i.OtherKinds).Must((i, k) => !k.Contains(i.Kind) && k.Distinct().Count() == k.Length).WithMessage("Other kinds differ from the kind and from each other.");
        RuleFor(i => i.Subject).NotEmpty();
        RuleFor(i => i.Text).NotEmpty().Must(t => t.StartsWith("听取", StringComparison.Ordinal)).WithMessage("A clause starts with 听取.");
        RuleForEach(i => i.Documents).NotEmpty().Must((i, d) => i.Text.Contains("《" + d + "》", StringComparison.Ordinal)).WithMessage("A document title is printed in 《》 in the clause.");
        RuleFor(i => i.Presenters).NotEmpty();
        RuleFor(i => i.EnglishDocuments).Must((i, e) => e.IsEmpty || e.Length == i.Documents.Length)
            .WithMessage("The English documents are one for each document, in order, or none when a rendering is missing.");
        RuleForEach(i => i.Presenters).SetValidator(new PresenterValidator(government))
            .Must((i, p) => i.Text.Contains(p.Name, StringComparison.Ordinal)).WithMessage("A presenter is named in the clause.");
        RuleFor(i => i.DuplicateOf).Must((i, d) => string.CompareOrdinal(d, i.Id) < 0).When(i => i.DuplicateOf is not null)
            .WithMessage("A duplicate names an earlier item.");
        RuleFor(i => i.Source).SetValidator(new SourceSpanValidator(facts));
    }
}
