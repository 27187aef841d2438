using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Tests.Validation;

public sealed class ValidationTests
{
    [Fact]
    public void Validate_ShippedData_IsValid()
    {
        var report = Yearbook.Default.Validate();

        report.Issues.Should().BeEmpty();
        report.RecordsChecked.Should().BeGreaterThan(100);
    }

    [Fact]
    public void EntryValidator_RefusesOcrSpacesAndForeignSections()
    {
        var facts = Facts();
        var entry = Yearbook.Default.Entries[0] with { Text = "绍兴市人 民政府", SectionId = "s9" };

        var result = new EntryValidator(facts).Validate(entry);

        result.Errors.Select(e => e.PropertyName).Should().Contain(nameof(Entry.Text));
        RecordKindRegistry.Entry.LinkIssues(entry, facts).Should().ContainSingle(i => i.Property == nameof(Entry.SectionId))
            .Which.Message.Should().Be("'s9' is not the id of a section.");
    }

    [Fact]
    public void SourceSpanValidator_RefusesLinesOutsideTheSeed()
    {
        var result = new SourceSpanValidator(Facts()).Validate(new SourceSpan { Line = 500, EndLine = 0 });

        result.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void CorrectionValidator_RequiresAReasonAndAMoveTarget()
    {
        var move = new Correction { Id = "m", Kind = CorrectionKind.Move, Line = 5, Reason = "short" };

        var result = new CorrectionValidator(Facts()).Validate(move);

        result.Errors.Select(e => e.PropertyName).Should().Contain(nameof(Correction.Reason))
            .And.Contain(nameof(Correction.TargetHeading))
            .And.Contain(nameof(Correction.TargetEntryId));
    }

    [Fact]
    public void EveryRecordKind_HasAValidator()
    {
        var recordKinds = typeof(Yearbook).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Entry).Namespace && t.IsClass)
            .ToList();
        var validated = typeof(Yearbook).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>))
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();

        // Nested value records are checked by their owner's validator.
        Type[] checkedByOwner = [typeof(TextSegment), typeof(SeedTableRow), typeof(DataFileInfo), typeof(DatasetManifest), typeof(ClockTime)];
        recordKinds.Except(checkedByOwner).Should().OnlyContain(t => validated.Contains(t));
    }

    private static DatasetFacts Facts() => new(Yearbook.Default.Dataset.SeedLineCount)
    {
        SectionIds = System.Collections.Frozen.FrozenSet.ToFrozenSet(Yearbook.Default.Sections.Select(s => s.Id)),
        EntryIds = System.Collections.Frozen.FrozenSet.ToFrozenSet(Yearbook.Default.Entries.Select(e => e.Id)),
        PlaceIds = System.Collections.Frozen.FrozenSet.ToFrozenSet(Yearbook.Default.Places.Select(p => p.Id)),
    };
}
