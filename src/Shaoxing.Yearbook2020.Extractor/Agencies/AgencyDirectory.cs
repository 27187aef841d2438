using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>
/// The bodies of the text: the municipal government and the 32 bodies listed in
/// 【市政府机构概况】 (read from the text, in order), plus the curated bodies the meetings name.
/// Resolves the agency part of a role as written (<c>市发改委</c>, <c>道安办</c>) to one body, and
/// records every short form the text uses.
/// </summary>
public sealed class AgencyDirectory
{
    private static readonly Regex Overview = new(
        "^[0-9]{4}年,(?<government>绍兴市人民政府)设置(?<office>[^及]+)及(?<count>[0-9]+)个工作部门:(?<list>[^。]+)。",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private readonly List<Draft> drafts = [];
    private readonly Dictionary<string, CuratedAgency> curated;
    private int useCount;

    private AgencyDirectory(ImmutableArray<CuratedAgency> curatedRows)
    {
        curated = curatedRows.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>Reads the bodies listed in 【市政府机构概况】 and prepares the curated ones.</summary>
    /// <param name="overview">The entry 【市政府机构概况】.</param>
    /// <param name="curatedRows">The rows of <c>seeds/agencies.json</c>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ExtractorException">The list cannot be read, its count differs from the one the text states, or a listed body has no curated row.</exception>
    public static AgencyDirectory Create(Entry overview, ImmutableArray<CuratedAgency> curatedRows)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var directory = new AgencyDirectory(curatedRows);
        var match = Overview.Match(overview.Text);
        if (!match.Success)
        {
            throw new ExtractorException(overview.Source.Line, "【市政府机构概况】 does not start with 'YYYY年,绍兴市人民政府设置…及N个工作部门:…。'.");
        }

        var source = EntrySpan.Of(overview, 0, match.Length);
        directory.AddListed(match.Groups["government"].Value, [], null, source, overview.Source.Line);
        directory.AddListed(match.Groups["office"].Value, [], 1, source, overview.Source.Line);
        var departments = SplitList(match.Groups["list"].Value);
        var declared = SeedDigits.Parse(match.Groups["count"].ValueSpan, overview.Source.Line);
        if (departments.Count != declared)
        {
            throw new ExtractorException(overview.Source.Line, $"the text announces {declared} working departments but lists {departments.Count}.");
        }

        foreach (var (name, additional) in departments)
        {
            directory.AddListed(name, additional, directory.drafts.Count, source, overview.Source.Line);
        }

        foreach (var row in curatedRows.Where(r => directory.drafts.All(d => d.Name != r.Name)))
        {
            directory.drafts.Add(new Draft(row, [], null) { Listed = false });
        }

        return directory;
    }

    /// <summary>Finds the body a role's agency part names, records the short form, and notes where it was seen.</summary>
    /// <param name="written">The agency part as written, e.g. <c>市发改委</c>; empty for a bare 市长/副市长.</param>
    /// <param name="previous">The agency part of the post written just before in the same role (<c>市政府</c> for <c>市政府副秘书长、办公室主任</c>), or <see langword="null"/>.</param>
    /// <param name="source">Where the form is written.</param>
    /// <returns>The body's id, or <see langword="null"/> when no body matches.</returns>
    public string? Resolve(string written, string? previous, SourceSpan source)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(source);
        var found = Find(written);
        if (found is not null)
        {
            found.Use(written, source, ++useCount);
            return found.Id;
        }

        // A post after the first may leave out what the first said (市政府副秘书长、办公室主任).
        if (previous is not null && Find(previous + written) is { } withContext)
        {
            withContext.Use(null, source, ++useCount);
            return withContext.Id;
        }

        return null;
    }

    /// <summary>Finds the body an institution as written begins with (<c>绍兴文理学院法律系</c> → 绍兴文理学院), by the longest full or short name.</summary>
    /// <param name="written">The institution as written.</param>
    /// <param name="source">Where it is written.</param>
    /// <returns>The body's id, or <see langword="null"/> when no name starts it.</returns>
    public string? ResolveInstitution(string written, SourceSpan source)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(source);
        var found = drafts
            .SelectMany(d => d.Curated.ShortNames.Prepend(d.Name).Select(n => (Draft: d, Name: n)))
            .Where(x => written.StartsWith(x.Name, StringComparison.Ordinal))
            .OrderByDescending(x => x.Name.Length)
            .FirstOrDefault();
        if (found.Draft is null)
        {
            return null;
        }

        found.Draft.Use(found.Name, source, ++useCount);
        return found.Draft.Id;
    }

    /// <summary>Whether an agency part as written names exactly one body (without recording anything).</summary>
    /// <param name="written">The agency part as written.</param>
    /// <param name="previous">The agency part of the post written just before in the same role, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Resolve"/> would find a body.</returns>
    public bool CanResolve(string written, string? previous)
    {
        ArgumentNullException.ThrowIfNull(written);
        return Find(written) is not null || (previous is not null && Find(previous + written) is not null);
    }

    /// <summary>Notes that a body's full name is written at a place (e.g. an honoured office).</summary>
    /// <param name="text">Text that may contain full names.</param>
    /// <param name="source">Where the text is written.</param>
    public void NoteFullNames(string text, SourceSpan source)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var draft in drafts.Where(d => text.Contains(d.Name, StringComparison.Ordinal)))
        {
            draft.Use(null, source, ++useCount);
        }
    }

    /// <summary>
    /// Notes the curated names (full and short) where the entries and tables print them, so that every short form a
    /// body is written with anywhere (市人防办 as a nominator in 表7, 大数据局 in a role) is shipped with it and a body
    /// named only outside the meetings (a conferrer, a nominator) has a source.
    /// </summary>
    /// <param name="entries">The entries, in text order.</param>
    /// <param name="tables">The tables.</param>
    public void NoteCuratedNames(IReadOnlyList<Entry> entries, IReadOnlyList<SeedTable> tables)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var draft in drafts)
        {
            foreach (var name in draft.Curated.ShortNames.Prepend(draft.Name))
            {
                var source = FirstMention(name, entries, tables);
                if (source is not null)
                {
                    // After every body a meeting names, in the order of the text.
                    draft.Use(name == draft.Name ? null : name, source, MentionOrder + source.Line);
                }
            }
        }
    }

    private const int MentionOrder = 1_000_000;

    private static SourceSpan? FirstMention(string name, IReadOnlyList<Entry> entries, IReadOnlyList<SeedTable> tables)
    {
        foreach (var entry in entries)
        {
            var at = entry.Text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                // The lines the whole name is printed on: a name may wrap onto the next line.
                return entry.SourceOf(at, name.Length);
            }
        }

        var row = tables.SelectMany(t => t.Rows).FirstOrDefault(r => r.Cells.Contains(name));
        return row is null ? null : new SourceSpan { Line = row.Line, EndLine = row.Line };
    }

    /// <summary>The agencies, listed bodies first (in the text's order), then the others in order of first use.</summary>
    /// <param name="chapterText">The chapter's text (entries, providers, credits, table cells), where every curated short form must appear.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ExtractorException">A curated row names a body, or a short form, that the text never uses.</exception>
    public ImmutableArray<Agency> ToAgencies(string chapterText)
    {
        ArgumentNullException.ThrowIfNull(chapterText);
        foreach (var draft in drafts)
        {
            foreach (var shortName in draft.Curated.ShortNames.Where(s => !chapterText.Contains(s, StringComparison.Ordinal)))
            {
                throw new ExtractorException(0, $"{CuratedAgencyFile.FileName}: the short name '{shortName}' of {draft.Name} does not occur in the text.");
            }

            if (draft.FirstSource is null)
            {
                throw new ExtractorException(0, $"{CuratedAgencyFile.FileName}: {draft.Name} is never named in the text (no full or short name of it occurs where bodies act).");
            }
        }

        return
        [
            .. drafts.Where(d => d.Listed).Concat(drafts.Where(d => !d.Listed).OrderBy(d => d.FirstUse))
                .Select(d => new Agency
                {
                    Id = d.Id,
                    Name = d.Name,
                    AdditionalNames = [.. d.AdditionalNames],
                    ShortNames = [.. d.ShortNames],
                    EnglishName = d.Curated.EnglishName,
                    Pinyin = string.Empty,
                    Kind = d.Curated.Kind,
                    Position = d.Position,
                    Source = d.FirstSource!,
                }),
        ];
    }

    // Short forms drop 绍兴/市 and 人民政府/政府 and keep characters of the full name in order:
    // 发改委 ⊂ 发展和改革委员会, 人力社保局 ⊂ 人力资源和社会保障局, 建设局 ends 住房和城乡建设局.
    internal static bool IsShortFormOf(string written, string fullName)
    {
        var shortForm = Core(written);
        var full = Core(fullName);
        if (shortForm.Length == 0 || full.Length == 0)
        {
            return shortForm.Length == full.Length;
        }

        if (shortForm[0] != full[0] && !full.EndsWith(shortForm, StringComparison.Ordinal))
        {
            return false;
        }

        var i = 0;
        foreach (var c in full)
        {
            if (i < shortForm.Length && shortForm[i] == c)
            {
                i++;
            }
        }

        return i == shortForm.Length;
    }

    internal static string Core(string name)
    {
        var core = name.Trim();
        foreach (var prefix in new[] { "绍兴市", "绍兴", "市" })
        {
            if (core.StartsWith(prefix, StringComparison.Ordinal))
            {
                core = core[prefix.Length..];
                break;
            }
        }

        foreach (var prefix in new[] { "人民政府", "政府" })
        {
            if (core.StartsWith(prefix, StringComparison.Ordinal))
            {
                core = core[prefix.Length..];
                break;
            }
        }

        return core;
    }

    private static List<(string Name, List<string> Additional)> SplitList(string list)
    {
        var result = new List<(string, List<string>)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? list[i] : '、';
            depth += c switch { '(' or '(' => 1, ')' or ')' => -1, _ => 0 };
            if (c != '、' || depth != 0)
            {
                continue;
            }

            var item = list[start..i];
            start = i + 1;
            var open = item.IndexOfAny(['(', '(']);
            if (open < 0)
            {
                result.Add((item, []));
                continue;
            }

            var inner = item[(open + 1)..].TrimEnd(')', ')');
            result.Add((item[..open], [.. inner.Split('、')]));
        }

        return result;
    }

    private void AddListed(string name, List<string> additional, int? position, SourceSpan source, int line)
    {
        var row = curated.GetValueOrDefault(name)
            ?? throw new ExtractorException(line, $"{name} is listed in the text but has no row in {CuratedAgencyFile.FileName} (English name and kind).");
        var draft = new Draft(row, additional, position) { Listed = true };
        draft.Use(null, source, ++useCount);
        drafts.Add(draft);
    }

    private Draft? Find(string written)
    {
        var exact = drafts.FirstOrDefault(d => d.Name == written || d.AdditionalNames.Contains(written));
        if (exact is not null)
        {
            return exact;
        }

        var curatedShort = drafts.Where(d => d.Curated.ShortNames.Any(s => s == written || s == "市" + written)).ToList();
        if (curatedShort.Count == 1)
        {
            return curatedShort[0];
        }

        // A bare 办公室 or 局 names nothing by itself; only a post's context (市政府副秘书长、办公室主任) gives it a body.
        if (written.Length > 0 && !written.StartsWith('市') && !written.StartsWith("绍兴", StringComparison.Ordinal))
        {
            return null;
        }

        var core = Core(written);
        var sameCore = drafts.Where(d => d.Listed && (Core(d.Name) == core || d.AdditionalNames.Any(a => Core(a) == core))).ToList();
        if (sameCore.Count == 1)
        {
            return sameCore[0];
        }

        var abbreviated = drafts.Where(d => d.Listed && IsShortFormOf(written, d.Name)).ToList();
        return abbreviated.Count == 1 ? abbreviated[0] : null;
    }

    private sealed class Draft(CuratedAgency curated, List<string> additionalNames, int? position)
    {
        public CuratedAgency Curated { get; } = curated;

        public string Id => Curated.Id;

        public string Name => Curated.Name;

        public List<string> AdditionalNames { get; } = additionalNames;

        public List<string> ShortNames { get; } = [];

        public int? Position { get; } = position;

        public bool Listed { get; init; }

        public SourceSpan? FirstSource { get; private set; }

        public int FirstUse { get; private set; } = int.MaxValue;

        public void Use(string? written, SourceSpan source, int order)
        {
            if (FirstSource is null)
            {
                FirstSource = source;
                FirstUse = order;
            }

            if (written is not null && written.Length > 0 && written != Name && !AdditionalNames.Contains(written) && !ShortNames.Contains(written))
            {
                ShortNames.Add(written);
            }
        }
    }
}
