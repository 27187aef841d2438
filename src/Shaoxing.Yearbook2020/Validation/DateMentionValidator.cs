using System.Collections.Immutable;
using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// Rules for <see cref="DateMention"/>: a real span of days, and the seed printing the date where the span says (the
/// same characters once the OCR's spaces are removed and full-width digits read as ASCII ones), where the data was
/// made from the embedded seed (<see cref="DatasetFacts.SeedLines"/>).
/// </summary>
internal sealed class DateMentionValidator : AbstractValidator<DateMention>
{
    public DateMentionValidator(DatasetFacts facts)
    {
        RuleFor(d => d.Text).NotEmpty();
        RuleFor(d => d.EndDate).GreaterThanOrEqualTo(d => d.Date);
        RuleFor(d => d.Start).GreaterThanOrEqualTo(0);
        RuleFor(d => d.Line).InclusiveBetween(1, facts.SeedLineCount);
        RuleFor(d => d.Column).GreaterThanOrEqualTo(0);
        RuleFor(d => d.SeedLength).GreaterThanOrEqualTo(d => d.Text.Length);
        RuleFor(d => d)
            .Must(d => PrintedWhereItSays(d, facts.SeedLines))
            .When(d => !facts.SeedLines.IsDefaultOrEmpty && d.Line >= 1 && d.Line <= facts.SeedLines.Length && d.Column >= 0 && d.SeedLength > 0)
            .WithMessage(d => $"The seed does not print '{d.Text}' at line {d.Line}, column {d.Column}.");
    }

    /// <summary>Whether the seed's characters at the mention's span are its text.</summary>
    private static bool PrintedWhereItSays(DateMention mention, ImmutableArray<string> seedLines)
    {
        var line = seedLines[mention.Line - 1];
        return mention.Column <= line.Length - mention.SeedLength
            && Compact(line.Substring(mention.Column, mention.SeedLength)) == Compact(mention.Text);
    }

    private static string Compact(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c)]);
}
