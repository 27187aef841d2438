using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Reads 表7 (2020绍兴最美应急人一览表): one honour per person, with the work unit (工作单位), the
/// nominating unit (推荐单位) and the group (应急管理组 or 应急救援组) the person was chosen in.
/// </summary>
/// <remarks>
/// The entry 【2020绍兴最美应急人评选活动】 (line 331) names the organiser and, per group, the first
/// person and the group's size (吴小江等10人, 唐红波等10人); those give the conferrer, the cohort sizes
/// and a second source for the two people it names.
/// </remarks>
internal static class Table7Reader
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private static readonly Regex GroupCohort = new("(?<p>[^,。、]+?)等(?<n>[0-9]+)人为[^,。;\"]*?\"[^\"(]+\\((?<group>[^)]+)\\)\"", Options);
    private static readonly Regex Organiser = new("(?<by>[^,。]+?办公室)开展", Options);

    public static IEnumerable<HonourDraft> Read(SeedTable table, ImmutableArray<Entry> entries)
    {
        if (table.Rows.IsEmpty || table.Rows[0].Cells is not ["姓名", "工作单位", "推荐单位"])
        {
            throw new ExtractorException(table.Source.Line, "表7's header should read 姓名, 工作单位, 推荐单位");
        }

        var title = table.Title.EndsWith("一览表", StringComparison.Ordinal) ? table.Title[..^3] : table.Title;
        // The entry that announces the table names its groups (吴小江等10人为2020绍兴"最美应急人(应急管理组)").
        var groups = table.Rows.Skip(1).Select(r => r.Cells.Where(c => c.Length > 0).ToArray()).Where(c => c.Length == 1).Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        var announcement = entries.FirstOrDefault(e => GroupCohort.Matches(e.Text).Any(m => groups.Contains(m.Groups["group"].Value)));
        var cohorts = new Dictionary<string, (string First, int Size, SourceSpan Source)>(StringComparer.Ordinal);
        string? conferrer = null;
        if (announcement is not null)
        {
            foreach (Match m in GroupCohort.Matches(announcement.Text))
            {
                cohorts[m.Groups["group"].Value] = (
                    m.Groups["p"].Value,
                    EntryText.Int(m.Groups["n"].Value, announcement.Source.Line),
                    EntryText.SpanOf(announcement, m.Index, m.Length));
            }

            var organiser = Organiser.Match(announcement.Text);
            conferrer = organiser.Success ? organiser.Groups["by"].Value.Split(',')[^1] : null;
        }

        string? group = null;
        foreach (var row in table.Rows.Skip(1))
        {
            var cells = row.Cells.Where(c => c.Length > 0).ToArray();
            if (cells.Length == 1)
            {
                group = cells[0];
                continue;
            }

            if (cells.Length != 3 || group is null)
            {
                throw new ExtractorException(row.Line, "a 表7 row should be a group label or a name, a work unit and a nominating unit");
            }

            var cohort = cohorts.GetValueOrDefault(group);
            yield return new HonourDraft
            {
                Title = title,
                Level = HonourLevel.Municipal,
                Kind = RecipientKind.Person,
                Recipient = cells[0],
                Affiliation = cells[1],
                Nominator = cells[2],
                Group = group,
                CohortSize = cohort.Size > 0 ? cohort.Size : null,
                Conferrer = conferrer,
                Source = new SourceSpan { Line = row.Line, EndLine = row.Line },
            };

            if (cohort.First == cells[0])
            {
                // The entry's own report of the same person: merged into the row's record as a mention.
                yield return new HonourDraft
                {
                    Title = title, Level = HonourLevel.Municipal, Kind = RecipientKind.Person, Recipient = cells[0], Group = group,
                    CohortSize = cohort.Size, Source = cohort.Source,
                };
            }
        }
    }
}
