using System.Collections.Frozen;
using System.Collections.Immutable;
using FluentValidation;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>Runs every record kind's validator over a yearbook, plus the rules that span records (unique ids).</summary>
internal static class YearbookValidator
{
    public static YearbookValidationReport Validate(Yearbook yearbook)
    {
        var facts = new DatasetFacts(
            yearbook.Dataset.SeedLineCount,
            yearbook.Sections.Select(s => s.Id).ToFrozenSet(StringComparer.Ordinal),
            yearbook.Entries.Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal));
        var issues = ImmutableArray.CreateBuilder<YearbookValidationIssue>();
        var count = 0;
        count += Check(yearbook.Sections, new SectionValidator(facts), s => s.Id, issues);
        count += Check(yearbook.Entries, new EntryValidator(facts), e => e.Id, issues);
        count += Check(yearbook.Captions, new CaptionValidator(facts), c => c.Id, issues);
        count += Check(yearbook.Tables, new SeedTableValidator(facts), t => t.Id, issues);
        count += Check(yearbook.Corrections, new CorrectionValidator(facts), c => c.Id, issues);

        // Meetings, agencies and people (issue 3): check their records below this line.
        var government = GovernmentFacts.Of(yearbook);
        count += Check(yearbook.Agencies, new AgencyValidator(facts), a => a.Id, issues);
        count += Check(yearbook.Meetings, new MeetingValidator(facts, government), m => m.Id, issues);
        count += Check(yearbook.People, new PersonValidator(facts, government), p => p.Id, issues);
        CheckHeadsDoNotOverlap(yearbook, issues);

        // Safety incidents, district statistics and honours (issue 4): check their records below this line.
        count += Check(yearbook.SafetyIncidents, new SafetyIncidentValidator(facts), i => i.Id, issues);
        count += Check(yearbook.DistrictSafetyStatistics, new DistrictSafetyStatisticsValidator(facts), r => r.Id, issues);
        count += Check(yearbook.Honours, new HonourValidator(facts), h => h.Id, issues);

        // Figures and consistency rules (issue 5): check their records below this line.
        var entryTexts = yearbook.Entries.ToFrozenDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal);
        var tableCells = yearbook.Tables.ToFrozenDictionary(
            t => t.Id,
            t => t.Rows.GroupBy(r => r.Line).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(r => r.Cells)]),
            StringComparer.Ordinal);
        count += Check(yearbook.Figures, new FigureValidator(facts, entryTexts, tableCells), f => f.Id, issues);
        var figureIds = yearbook.Figures.Select(f => f.Id).ToFrozenSet(StringComparer.Ordinal);
        count += Check(yearbook.ConsistencyRules, new ConsistencyRuleValidator(facts, figureIds), r => r.Id, issues);
        CheckSectionsOwnEveryEntry(yearbook, issues);
        ManifestCompleteness.Check(yearbook.Dataset, issues);
        return new YearbookValidationReport { RecordsChecked = count, Issues = issues.ToImmutable() };
    }

    private static int Check<T>(
        IReadOnlyList<T> records,
        IValidator<T> validator,
        Func<T, string> idOf,
        ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        var kind = typeof(T).Name;
        foreach (var duplicate in records.GroupBy(idOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new YearbookValidationIssue
            {
                RecordKind = kind, RecordId = duplicate.Key, Property = "Id", Message = $"{duplicate.Count()} records share this id.",
            });
        }

        foreach (var record in records)
        {
            foreach (var failure in validator.Validate(record).Errors)
            {
                issues.Add(new YearbookValidationIssue
                {
                    RecordKind = kind, RecordId = idOf(record), Property = failure.PropertyName, Message = failure.ErrorMessage,
                });
            }
        }

        return records.Count;
    }

    private static void CheckSectionsOwnEveryEntry(Yearbook yearbook, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        foreach (var entry in yearbook.Entries)
        {
            var owners = yearbook.Sections.Count(s => s.EntryIds.Contains(entry.Id));
            var own = yearbook.Sections.Find(entry.SectionId);
            if (owners != 1 || own is null || !own.EntryIds.Contains(entry.Id))
            {
                issues.Add(new YearbookValidationIssue
                {
                    RecordKind = nameof(Entry),
                    RecordId = entry.Id,
                    Property = nameof(Entry.SectionId),
                    Message = $"The entry is listed by {owners} sections; it must be listed by its own section only.",
                });
            }
        }
    }

    // Two people seen in the same post (agency and title) must have been seen at different times:
    // a change of head shows as two people whose dates do not overlap.
    private static void CheckHeadsDoNotOverlap(Yearbook yearbook, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        var holdings = yearbook.People
            .SelectMany(p => p.Appointments.Select(a => (Person: p, Appointment: a)))
            .GroupBy(x => (x.Appointment.AgencyId, x.Appointment.Title));
        foreach (var post in holdings)
        {
            var ordered = post.OrderBy(x => x.Appointment.FirstSeen).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Appointment.FirstSeen <= ordered[i - 1].Appointment.LastSeen && !IsSharedTitle(post.Key.Title))
                {
                    issues.Add(new YearbookValidationIssue
                    {
                        RecordKind = nameof(Person),
                        RecordId = ordered[i].Person.Id,
                        Property = nameof(Person.Appointments),
                        Message = $"{ordered[i].Person.Name} and {ordered[i - 1].Person.Name} are both seen as {post.Key.Title} of {post.Key.AgencyId} at overlapping dates.",
                    });
                }
            }
        }
    }

    // Titles a body has several of at once (deputies, vice-mayors).
    private static bool IsSharedTitle(string title) =>
        title.Contains('副', StringComparison.Ordinal) || title.Contains("调研员", StringComparison.Ordinal);
}
