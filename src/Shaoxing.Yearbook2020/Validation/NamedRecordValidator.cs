using System.Collections.Immutable;
using FluentValidation;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="NamedRecord"/>: the id is of the kind named, the name stands where it says in its
/// record's text, and its span lies in the seed.</summary>
internal sealed class NamedRecordValidator : AbstractValidator<NamedRecord>
{
    /// <param name="facts">The ids and seed of the dataset.</param>
    /// <param name="fieldText">The text of a field of the record that holds the link, by its JSON name; null for a field
    /// the record does not have.</param>
    public NamedRecordValidator(DatasetFacts facts, Func<string, string?> fieldText)
    {
        RuleFor(n => n.Kind).IsInEnum();
        RuleFor(n => n.TargetId)
            .Must((n, id) => n.Kind switch
            {
                NamedRecordKind.Agency => facts.AgencyIds.Contains(id),
                NamedRecordKind.Person => facts.PersonIds.Contains(id),
                NamedRecordKind.Place => facts.PlaceIds.Contains(id),
                _ => false,
            })
            .WithMessage("'{PropertyValue}' is not the id of a record of the kind the link names.");
        RuleFor(n => n.Name).NotEmpty();
        RuleFor(n => n.Start).GreaterThanOrEqualTo(0);
        RuleFor(n => n)
            .Must(n => n.Start >= 0 && fieldText(n.Field) is { } text && n.Name.Length <= text.Length && n.Start <= text.Length - n.Name.Length
                && string.CompareOrdinal(text, n.Start, n.Name, 0, n.Name.Length) == 0)
            .WithMessage(n => $"'{n.Name}' does not stand at {n.Start} of the record's {n.Field}.");
        RuleFor(n => n.Column).GreaterThanOrEqualTo(0).When(n => n.Column is not null);
        RuleFor(n => n.Source).SetValidator(new SourceSpanValidator(facts));
    }

    /// <summary>Checks every link of a record against the record's own texts (<see cref="RecordTexts"/>), and that no
    /// link points at the record itself.</summary>
    /// <param name="record">The record that holds the links.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="links">Its links.</param>
    /// <param name="facts">The ids and seed of the dataset.</param>
    /// <param name="context">Where failures go, as <c>NamedRecords[n].…</c>.</param>
    public static void Check<T>(T record, string id, ImmutableArray<NamedRecord> links, DatasetFacts facts, ValidationContext<T> context)
        where T : notnull
    {
        if (links.IsDefaultOrEmpty)
        {
            return;
        }

        var texts = RecordTexts.ByPath(record);
        var validator = new NamedRecordValidator(facts, f => texts.GetValueOrDefault(f));
        for (var n = 0; n < links.Length; n++)
        {
            foreach (var failure in validator.Validate(links[n]).Errors)
            {
                context.AddFailure($"NamedRecords[{n}].{failure.PropertyName}", failure.ErrorMessage);
            }

            if (links[n].TargetId == id)
            {
                context.AddFailure($"NamedRecords[{n}].TargetId", "A record's own name is no link to another record.");
            }
        }
    }
}
