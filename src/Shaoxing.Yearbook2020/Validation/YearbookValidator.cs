using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// Runs every record kind's validator (as the registry declares it) over a yearbook, plus the rules that span
/// records: unique ids, every entry owned by its section, no two heads of one post at once.
/// </summary>
internal static class YearbookValidator
{
    /// <summary>The stack of the thread validation runs on: 4 MiB, far more than the rule building needs.</summary>
    internal const int StackBytes = 4 * 1024 * 1024;

    /// <summary>Runs every rule on a thread of its own with a known stack, and waits for it.</summary>
    /// <remarks>
    /// FluentValidation compiles each rule's expression when a validator is built, and the expression compiler
    /// moves to a thread-pool thread whenever less than about 128 KiB of stack is left, blocking the one it
    /// leaves. Threads get the stack size of <c>ulimit -s</c> on Linux: at 128 KiB no thread ever has enough, so
    /// each pool thread hands the work to the next and waits, and Validate never returned. A thread made with
    /// its own stack size is not bound by that limit.
    /// </remarks>
    public static YearbookValidationReport Validate(Yearbook yearbook)
    {
        YearbookValidationReport? report = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    report = ValidateHere(yearbook);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "Yearbook validation",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return report!;
    }

    private static YearbookValidationReport ValidateHere(Yearbook yearbook)
    {
        var facts = DatasetFacts.Of(yearbook);
        var issues = ImmutableArray.CreateBuilder<YearbookValidationIssue>();
        var count = 0;
        foreach (var kind in RecordKindRegistry.All)
        {
            count += kind.Validate(yearbook, facts, issues);
        }

        CheckHeadsDoNotOverlap(yearbook, issues);
        CheckSectionsOwnEveryEntry(yearbook, issues);
        CheckPlaceChainsEnd(yearbook, issues);
        ManifestCompleteness.Check(yearbook.Dataset, issues);
        return new YearbookValidationReport { RecordsChecked = count, Issues = issues.ToImmutable() };
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

    // A place's parents lead up to a place with none: a cycle would put every place of it inside each of the
    // others, and every query that gathers the places inside a place (About, InPlace) would gather them all.
    // Each cycle is reported once, on the first of its places the walk meets.
    private static void CheckPlaceChainsEnd(Yearbook yearbook, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var place in yearbook.Places)
        {
            parents.TryAdd(place.Id, place.ParentId);
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in yearbook.Places)
        {
            // Walk up at most as many steps as there are places: a longer walk has met a place twice.
            var chain = new List<string> { place.Id };
            var current = place.ParentId;
            while (current is not null && chain.Count <= parents.Count && !chain.Contains(current, StringComparer.Ordinal))
            {
                chain.Add(current);
                current = parents.GetValueOrDefault(current);
            }

            if (current is null || chain.Count > parents.Count)
            {
                continue;
            }

            var cycle = chain[chain.IndexOf(current)..];
            if (cycle.Any(reported.Contains))
            {
                continue;
            }

            reported.UnionWith(cycle);
            issues.Add(new YearbookValidationIssue
            {
                RecordKind = nameof(Place),
                RecordId = cycle[0],
                Property = nameof(Place.ParentId),
                Message = $"The parents of the places {string.Join(" → ", cycle.Append(cycle[0]))} form a cycle: a place cannot lie inside itself.",
            });
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
