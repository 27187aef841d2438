using System.Collections.Immutable;
using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Rules for <see cref="Entry"/>: ids, section, repaired text and provenance.</summary>
internal sealed class EntryValidator : AbstractValidator<Entry>
{
    public EntryValidator(DatasetFacts facts)
    {
        RuleFor(e => e).Custom((e, context) => NamedRecordValidator.Check(e, e.Id, e.NamedRecords, facts, context));
        RuleFor(e => e.Id).Matches(ValidationPatterns.EntryId());
        RuleFor(e => e.Id)
            .Must((e, id) => id.StartsWith(e.SectionId + "-", StringComparison.Ordinal))
            .WithMessage("An entry id starts with its section id.");
        RuleFor(e => e.Heading).NotEmpty()
            .Must(h => !h.Contains('【') && !h.Contains('】') && !h.Contains('*'))
            .WithMessage("A heading holds no brackets or markdown.");
        RuleFor(e => e.Text).NotEmpty()
            .Must(t => !CjkText.HasSpaceBetweenCjk(t))
            .WithMessage("The text still has whitespace between two Chinese characters.");
        RuleFor(e => e.Segments).NotEmpty();
        RuleFor(e => e)
            .Must(e => e.Segments.All(s => s.Start >= 0 && s.Length >= 0 && s.Start <= e.Text.Length - s.Length))
            .WithMessage("Every text segment lies inside the text.");
        RuleForEach(e => e.Segments)
            .Must(s => s.Line >= 1 && s.Line <= facts.SeedLineCount)
            .WithMessage("A text segment's line is outside the seed.");
        RuleFor(e => e.PlaceIds).Must(ids => ids.Distinct(StringComparer.Ordinal).Count() == ids.Length)
            .WithMessage("A place is listed once.");
        RuleFor(e => e.Source).SetValidator(new SourceSpanValidator(facts));
        RuleFor(e => e.Source.EntryId).Equal(e => e.Id);
        RuleForEach(e => e.Dates).SetValidator(new DateMentionValidator(facts));
        RuleFor(e => e)
            .Must(e => DatesInText(e.Text, e.Dates))
            .WithMessage("Every date is the text at its start, in text order.");
    }

    /// <summary>Whether each date is the text at its start, and the dates come in text order.</summary>
    /// <remarks>Bounds are compared as start ≤ length − width: start + width wraps around for a start near
    /// <see cref="int.MaxValue"/>.</remarks>
    public static bool DatesInText(string text, ImmutableArray<DateMention> dates) =>
        dates.All(d => d.Start >= 0 && d.Start <= text.Length - d.Text.Length && string.CompareOrdinal(text, d.Start, d.Text, 0, d.Text.Length) == 0)
        && dates.Zip(dates.Skip(1)).All(p => p.First.Start < p.Second.Start);
}
