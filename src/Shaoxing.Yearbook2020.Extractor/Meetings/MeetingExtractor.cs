using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>
/// Reads the meetings of 【市政府全体会议】 and 【市政府常务会议】, the bodies of
/// 【市政府机构概况】 and the people named in their roles.
/// </summary>
public static class MeetingExtractor
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const string Numeral = "[零一二三四五六七八九十百]+";

    private static readonly Regex PlenaryIntro = new(
        $"^(?<year>[0-9]{{4}})年,绍兴市人民政府召开全体会议(?<count>[0-9]+)次", Options);

    private static readonly Regex ExecutiveIntro = new(
        $"^(?<year>[0-9]{{4}})年,市政府召开常务会议(?<count>[0-9]+)次,即(?<term>{Numeral})届市政府第(?<first>{Numeral})次常务会议至(?<last>{Numeral})次常务会议,由(?<chair>[^,。市]+)(?<title>市长)主持",
        Options);

    private static readonly Regex DocumentTitle = new("《(?<title>[^《》]+)》", Options);

    private static readonly Regex LawStudyClause = new(
        "^进行集体学法活动,由(?<who>[^《]+)解读《(?<law>[^》]+)》(?<parts>相关内容)?$", Options);

    private static readonly string[] PresenterEnds = ["关于", "《", "、", "和"];

    /// <summary>How a clause says the meeting heard a report, longest first: 听取并审议了, 听取并审议, 听取了, 听取.</summary>
    private static readonly string[] HearingVerbs = ["听取并审议了", "听取并审议", "听取了", "听取"];
    private static readonly string[] InnerPresenterEnds = ["关于"];
    private static readonly string[] ParticipantEnds = ["、", ""];

    // Longest first: the first that ends the subject is taken off.
    private static readonly string[] ClosingWords =
    [
        "起草及有关情况的汇报", "起草情况的汇报", "编制情况的汇报", "修订情况的汇报", "修编情况的汇报",
        "有关情况的汇报", "的情况汇报", "情况的汇报", "情况汇报", "的汇报", "的传达", "汇报",
    ];

    private static readonly string[] LecturerTitlesAfterName = ["律师", "老师"];
    private static readonly string[] LecturerTitlesBeforeName = ["副所长", "所长", "副主任", "主任", "副教授", "教授"];

    /// <summary>Extracts the meetings, agencies and people.</summary>
    /// <param name="chapter">The text layer.</param>
    /// <param name="curated">The rows of <c>seeds/agencies.json</c>.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ExtractorException">A meeting, clause or role cannot be read, naming the seed line.</exception>
    public static MeetingsExtraction Extract(ChapterExtraction chapter, ImmutableArray<CuratedAgency> curated)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var overview = SingleEntry(chapter, "市政府机构概况");
        var plenaryEntry = SingleEntry(chapter, "市政府全体会议");
        var executiveEntry = SingleEntry(chapter, "市政府常务会议");
        var directory = AgencyDirectory.Create(overview, curated);
        var unread = new List<UnreadMeetingHead>();
        var plenaries = ReadPlenaries(plenaryEntry, directory, unread);
        var executives = ReadExecutives(executiveEntry, directory, unread);
        if (unread.Count > 0)
        {
            // Every such line at once: a maintainer meeting a new wording sees all of its forms in one run.
            throw new ExtractorException(unread[0].Line, FormattableString.Invariant(
                $"{unread.Count} meeting paragraph(s) open with words no family of meeting head reads:\n") + string.Join(
                '\n', unread.Select(u => FormattableString.Invariant($"  line {u.Line}: '{u.Text}' (closest: {u.Closest})"))));
        }

        var meetings = plenaries.Concat(executives).ToImmutableArray();
        var credits = chapter.Sections.Where(s => s.Provider is not null).Select(s => (Text: s.Provider!, Source: s.ProviderSource!))
            .Concat(chapter.Captions.Select(c => (Text: c.Credit, c.Source)))
            .ToList();
        foreach (var (text, source) in credits)
        {
            foreach (var name in text.Split('、'))
            {
                _ = directory.Resolve(name, null, source)
                    ?? throw new ExtractorException(source.Line, $"the credit '{name}' names no known body; add it to {CuratedAgencyFile.FileName}.");
            }
        }

        directory.NoteCuratedNames(chapter.Entries, chapter.Tables);
        var chapterText = string.Join(
            '\n',
            chapter.Entries.Select(e => e.Text).Concat(credits.Select(c => c.Text)).Concat(chapter.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)));
        return new MeetingsExtraction
        {
            Agencies = directory.ToAgencies(chapterText),
            People = PeopleBuilder.Build(meetings),
            Meetings = meetings,
        };
    }

    /// <summary>Takes the closing words (起草情况的汇报, 的传达 …) off the end of a clause's subject.</summary>
    /// <param name="subject">The subject with its closing words.</param>
    /// <returns>The subject alone.</returns>
    public static string StripClosingWords(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var closing = ClosingWords.FirstOrDefault(w => subject.EndsWith(w, StringComparison.Ordinal) && subject.Length > w.Length);
        return closing is null ? subject : subject[..^closing.Length];
    }

    /// <summary>Classifies a clause by its words, outside document titles.</summary>
    /// <param name="clause">The clause after its presenters.</param>
    /// <returns>The main kind and the others the clause also names.</returns>
    public static (AgendaItemKind Kind, ImmutableArray<AgendaItemKind> Others) Classify(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var words = DocumentTitle.Replace(clause, "《》");
        var kinds = new List<AgendaItemKind>();
        if (words.Contains("修订", StringComparison.Ordinal) || words.Contains("修编", StringComparison.Ordinal))
        {
            kinds.Add(AgendaItemKind.Revision);
        }

        if (words.Contains("编制", StringComparison.Ordinal))
        {
            kinds.Add(AgendaItemKind.Compilation);
        }

        if (words.Contains("起草", StringComparison.Ordinal))
        {
            kinds.Add(AgendaItemKind.Drafting);
        }

        if (words.Contains("传达", StringComparison.Ordinal) || words.Contains("精神", StringComparison.Ordinal))
        {
            kinds.Add(AgendaItemKind.Transmission);
        }

        return kinds.Count == 0
            ? (AgendaItemKind.Briefing, [])
            : (kinds[0], [.. kinds.Skip(1).Order()]);
    }

    private static Entry SingleEntry(ChapterExtraction chapter, string heading)
    {
        var found = chapter.Entries.Where(e => e.Heading == heading).ToList();
        return found.Count == 1
            ? found[0]
            : throw new ExtractorException(0, $"expected one entry 【{heading}】, found {found.Count}.");
    }

    private static IEnumerable<(string Text, int Start)> Paragraphs(Entry entry)
    {
        var start = 0;
        foreach (var paragraph in entry.Text.Split('\n'))
        {
            yield return (paragraph, start);
            start += paragraph.Length + 1;
        }
    }

    /// <summary>A paragraph's first words, for an error.</summary>
    private static string Opening(string paragraph) => paragraph.Length <= 40 ? paragraph : paragraph[..40] + "…";

    private static List<Meeting> ReadPlenaries(Entry entry, AgencyDirectory directory, List<UnreadMeetingHead> unread)
    {
        var paragraphs = Paragraphs(entry).ToList();
        var intro = PlenaryIntro.Match(paragraphs[0].Text);
        if (!intro.Success)
        {
            throw new ExtractorException(entry.Source.Line, "【市政府全体会议】 does not start with 'YYYY年,绍兴市人民政府召开全体会议N次'.");
        }

        var year = SeedDigits.Parse(intro.Groups["year"].ValueSpan, entry.Source.Line);
        var meetings = new List<Meeting>();
        foreach (var (text, start) in paragraphs.Skip(1))
        {
            var line = EntrySpan.Of(entry, start, start + 1).Line;
            if (MeetingHeadReader.Read(text, MeetingKind.Plenary, year, line) is not { } head)
            {
                unread.Add(new UnreadMeetingHead(line, Opening(text), MeetingHeadReader.Closest(text, MeetingKind.Plenary)));
                continue;
            }

            var number = head.Number;
            var source = EntrySpan.Of(entry, start, start + text.Length);
            var (chair, speakers, attendees) = ReadParticipants(entry, text, start, head.Length, directory);
            var activities = text.Split('。')
                .Where(s => s.StartsWith("会后", StringComparison.Ordinal) || s.StartsWith("会议还", StringComparison.Ordinal))
                .ToImmutableArray();
            meetings.Add(new Meeting
            {
                Id = FormattableString.Invariant($"plenary-{number:D2}"),
                Kind = MeetingKind.Plenary,
                Term = head.Term,
                Number = number,
                Date = head.Date,
                Chair = chair,
                Speakers = speakers,
                Attendees = attendees,
                Purpose = head.Purpose,
                AgendaItems = [],
                LawStudies = [],
                Activities = activities,
                Source = source,
            });
        }

        var declared = SeedDigits.Parse(intro.Groups["count"].ValueSpan, entry.Source.Line);
        return meetings.Count == declared || unread.Count > 0
            ? meetings
            : throw new ExtractorException(entry.Source.Line, $"the text announces {declared} plenary meetings but describes {meetings.Count}.");
    }

    // 市长盛阅春讲话,常务副市长徐国龙主持,副市长栾国栋、顾涛…,秘书长王芬祥参加。 Groups without a verb
    // belong to the next verb (副市长…,市政府秘书长王芬祥参加会议).
    private static (Participant? Chair, ImmutableArray<Participant> Speakers, ImmutableArray<Participant> Attendees) ReadParticipants(
        Entry entry, string text, int paragraphStart, int from, AgencyDirectory directory)
    {
        var end = text.IndexOf("参加", from, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ExtractorException(EntrySpan.Of(entry, paragraphStart, paragraphStart + 1).Line, "a plenary meeting's paragraph names no one who attended (参加).");
        }

        var begin = text.LastIndexOf('。', text.IndexOf("讲话", from, StringComparison.Ordinal)) + 1;
        Participant? chair = null;
        var speakers = ImmutableArray.CreateBuilder<Participant>();
        var attendees = ImmutableArray.CreateBuilder<Participant>();
        var pending = new List<Participant>();
        var groupStart = begin;
        for (var i = begin; i <= end; i++)
        {
            if (i < end && text[i] is not (',' or '。'))
            {
                continue;
            }

            var group = text[groupStart..i];
            var offset = groupStart;
            groupStart = i + 1;
            var verb = group.EndsWith("讲话", StringComparison.Ordinal) ? "讲话"
                : group.EndsWith("主持", StringComparison.Ordinal) ? "主持"
                : i == end ? "参加" : null;
            if (verb is "讲话" or "主持")
            {
                group = group[..^2];
            }

            pending.AddRange(ReadGroup(entry, group, paragraphStart + offset, directory));
            switch (verb)
            {
                case "讲话":
                    speakers.AddRange(pending);
                    pending.Clear();
                    break;
                case "主持":
                    chair = pending.Count == 1 ? pending[0] : throw new ExtractorException(EntrySpan.Of(entry, paragraphStart + offset, paragraphStart + i).Line, "a plenary meeting names more than one chair.");
                    pending.Clear();
                    break;
                case "参加":
                    attendees.AddRange(pending);
                    pending.Clear();
                    break;
                default:
                    break;
            }
        }

        return (chair, speakers.ToImmutable(), attendees.ToImmutable());
    }

    // 副市长徐国龙、栾国栋、顾涛: one role, then names.
    private static IEnumerable<Participant> ReadGroup(Entry entry, string group, int absoluteStart, AgencyDirectory directory)
    {
        var first = RoleParser.TryParse(group, 0, ParticipantEnds, directory.CanResolve)
            ?? throw new ExtractorException(EntrySpan.Of(entry, absoluteStart, absoluteStart + group.Length).Line, $"cannot read a role and a name in '{group}'.");
        var post = first.Posts[^1];
        var names = new List<(string Name, int At)> { (first.Name, first.End - first.Name.Length) };
        var at = first.End;
        while (at < group.Length && group[at] == '、')
        {
            var next = group.IndexOf('、', at + 1);
            var nameEnd = next < 0 ? group.Length : next;
            names.Add((group[(at + 1)..nameEnd], at + 1));
            at = nameEnd;
        }

        foreach (var (name, nameAt) in names)
        {
            var source = EntrySpan.Of(entry, absoluteStart + nameAt, absoluteStart + nameAt + name.Length);
            var agencyId = directory.Resolve(post.AgencyText, null, source)!;
            yield return new Participant { Name = name, Role = first.Role, Title = post.Title, AgencyId = agencyId, Source = source };
        }
    }

    private static List<Meeting> ReadExecutives(Entry entry, AgencyDirectory directory, List<UnreadMeetingHead> unread)
    {
        var paragraphs = Paragraphs(entry).ToList();
        var intro = ExecutiveIntro.Match(paragraphs[0].Text);
        if (!intro.Success)
        {
            throw new ExtractorException(entry.Source.Line, "【市政府常务会议】 does not start with 'YYYY年,市政府召开常务会议N次,即…,由…市长主持'.");
        }

        var introLine = entry.Source.Line;
        var year = SeedDigits.Parse(intro.Groups["year"].ValueSpan, introLine);
        var chairGroup = intro.Groups["chair"];
        var chairSource = EntrySpan.Of(entry, chairGroup.Index, chairGroup.Index + chairGroup.Length);
        var chair = new Participant
        {
            Name = chairGroup.Value,
            Role = intro.Groups["title"].Value,
            Title = intro.Groups["title"].Value,
            AgencyId = directory.Resolve(string.Empty, null, chairSource)!,
            Source = chairSource,
        };

        var meetings = new List<Meeting>();
        foreach (var (text, start) in paragraphs.Skip(1))
        {
            var line = EntrySpan.Of(entry, start, start + 1).Line;
            if (MeetingHeadReader.Read(text, MeetingKind.Executive, year, line) is not { } head)
            {
                unread.Add(new UnreadMeetingHead(line, Opening(text), MeetingHeadReader.Closest(text, MeetingKind.Executive)));
                continue;
            }

            var number = head.Number;
            var id = FormattableString.Invariant($"executive-{number:D2}");
            var items = ImmutableArray.CreateBuilder<AgendaItem>();
            var studies = ImmutableArray.CreateBuilder<LawStudy>();
            var activities = ImmutableArray.CreateBuilder<string>();
            foreach (var (clause, clauseStart) in Clauses(text, head.Length))
            {
                var absolute = start + clauseStart;
                var span = EntrySpan.Of(entry, absolute, absolute + clause.Length);
                if (clause.StartsWith("进行集体学法活动", StringComparison.Ordinal))
                {
                    studies.Add(ReadLawStudy(clause, span, directory));
                    continue;
                }

                var heard = clause;
                var also = clause.IndexOf(",并", StringComparison.Ordinal);
                if (also > 0)
                {
                    activities.Add(clause[(also + 2)..]);
                    heard = clause[..also];
                }

                directory.NoteFullNames(heard, span);
                var item = ReadAgendaItem(heard, span, id, items.Count + 1, directory);
                var first = items.FirstOrDefault(i => i.Text == item.Text);
                items.Add(first is null ? item : item with { DuplicateOf = first.Id });
            }

            meetings.Add(new Meeting
            {
                Id = id,
                Kind = MeetingKind.Executive,
                Term = head.Term,
                Number = number,
                Date = head.Date,
                Chair = chair,
                Speakers = [],
                Attendees = [],
                Purpose = null,
                AgendaItems = items.ToImmutable(),
                LawStudies = studies.ToImmutable(),
                Activities = activities.ToImmutable(),
                Source = EntrySpan.Of(entry, start, start + text.Length),
            });
        }

        if (unread.Count == 0)
        {
            CheckAgainstIntro(intro, meetings, introLine);
        }

        return meetings;
    }

    private static void CheckAgainstIntro(Match intro, List<Meeting> meetings, int line)
    {
        var declared = SeedDigits.Parse(intro.Groups["count"].ValueSpan, line);
        var first = ChineseNumeral.Parse(intro.Groups["first"].Value, line);
        var last = ChineseNumeral.Parse(intro.Groups["last"].Value, line);
        var term = ChineseNumeral.Parse(intro.Groups["term"].Value, line);
        if (meetings.Count != declared || last - first + 1 != declared
            || !meetings.Select(m => m.Number).SequenceEqual(Enumerable.Range(first, declared))
            || meetings.Any(m => m.Term != term))
        {
            throw new ExtractorException(line, FormattableString.Invariant(
                $"the text announces {declared} executive meetings of term {term}, numbered {first} to {last}, but describes {meetings.Count}: {string.Join(',', meetings.Select(m => m.Number))}."));
        }
    }

    // A meeting's body is a run of 听取… clauses and 进行集体学法活动… sentences, separated by ;:。
    private static IEnumerable<(string Text, int Start)> Clauses(string paragraph, int from)
    {
        var starts = new List<int>();
        foreach (var marker in new[] { "听取", "进行集体学法活动" })
        {
            for (var i = paragraph.IndexOf(marker, from, StringComparison.Ordinal); i >= 0; i = paragraph.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
            {
                starts.Add(i);
            }
        }

        starts.Sort();
        if (starts.Count == 0 || starts[0] != from)
        {
            throw new ExtractorException(0, $"a meeting's body does not start with 听取: '{paragraph[from..Math.Min(paragraph.Length, from + 20)]}'.");
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : paragraph.Length;
            var clause = paragraph[starts[k]..end].TrimEnd(';', ';', ':', ':', '。', ',', ' ');
            yield return (clause, starts[k]);
        }
    }

    private static LawStudy ReadLawStudy(string clause, SourceSpan span, AgencyDirectory directory)
    {
        var match = LawStudyClause.Match(clause);
        if (!match.Success)
        {
            throw new ExtractorException(span.Line, $"cannot read the law-study sentence '{clause}'.");
        }

        var who = match.Groups["who"].Value;
        string name, role, affiliation;
        if (LecturerTitlesAfterName.FirstOrDefault(t => who.EndsWith(t, StringComparison.Ordinal)) is { } after)
        {
            // 浙江大公律师事务所严洪祥律师: the institution ends in 所/院/校/系/部, then a name of three (or two) characters.
            var body = who[..^after.Length];
            var nameLength = body.Length > 3 && "所院校系部".Contains(body[^4], StringComparison.Ordinal) ? 3 : 2;
            (name, role, affiliation) = (body[^nameLength..], after, body[..^nameLength]);
        }
        else if (LecturerTitlesBeforeName
                     .Select(t => (Title: t, At: who.LastIndexOf(t, StringComparison.Ordinal)))
                     .Where(x => x.At > 0)
                     .OrderByDescending(x => x.At + x.Title.Length)
                     .ThenByDescending(x => x.Title.Length)
                     .FirstOrDefault() is { Title: not null } before)
        {
            (name, role, affiliation) = (who[(before.At + before.Title.Length)..], before.Title, who[..before.At]);
        }
        else
        {
            throw new ExtractorException(span.Line, $"cannot tell the lecturer's name and role in '{who}'.");
        }

        return new LawStudy
        {
            Lecturer = name,
            LecturerRole = role,
            Affiliation = affiliation,
            AffiliationAgencyId = directory.ResolveInstitution(affiliation, span)
                ?? throw new ExtractorException(span.Line, $"the lecturer's institution '{affiliation}' names no known body; add it to {CuratedAgencyFile.FileName}."),
            Law = match.Groups["law"].Value,
            PartsOnly = match.Groups["parts"].Success,
            Source = span,
        };
    }

    private static AgendaItem ReadAgendaItem(string clause, SourceSpan span, string meetingId, int sequence, AgencyDirectory directory)
    {
        if (!clause.StartsWith("听取", StringComparison.Ordinal))
        {
            throw new ExtractorException(span.Line, $"a clause does not start with 听取: '{clause}'.");
        }

        var presenters = new List<(ParsedPresenter Parsed, string? Subject)>();
        var p = HearingVerbs.First(v => clause.StartsWith(v, StringComparison.Ordinal)).Length;
        while (true)
        {
            var parsed = RoleParser.TryParse(clause, p, PresenterEnds, directory.CanResolve)
                ?? throw new ExtractorException(span.Line, $"cannot read a role and a name (of a known body) at '{clause[p..Math.Min(clause.Length, p + 20)]}' in '{clause}'.");
            presenters.Add((parsed, null));
            p = parsed.End;
            if (clause[p] is '、' or '和')
            {
                p++;
                continue;
            }

            if (clause.AsSpan(p).StartsWith("关于", StringComparison.Ordinal))
            {
                p += 2;
            }

            break;
        }

        var subjectFrom = p;
        var pieces = new List<string>();
        var pieceStart = p;
        for (var i = p; i < clause.Length; i++)
        {
            if (clause[i] != '、' || RoleParser.TryParse(clause, i + 1, InnerPresenterEnds, directory.CanResolve) is not { } inner)
            {
                continue;
            }

            pieces.Add(clause[pieceStart..i]);
            presenters[^1] = presenters[^1] with { Subject = pieces[^1] };
            presenters.Add((inner, null));
            pieceStart = inner.End + 2;
            i = pieceStart - 1;
        }

        var last = StripClosingWords(clause[pieceStart..]);
        string subject;
        if (pieces.Count > 0)
        {
            presenters[^1] = presenters[^1] with { Subject = last };
            subject = string.Join('、', pieces.Append(last));
        }
        else
        {
            subject = last;
        }

        var (kind, others) = Classify(clause[subjectFrom..]);
        return new AgendaItem
        {
            Id = FormattableString.Invariant($"{meetingId}-{sequence:D2}"),
            Sequence = sequence,
            Kind = kind,
            OtherKinds = others,
            Subject = subject,
            Documents = [.. DocumentTitle.Matches(clause).Select(m => m.Groups["title"].Value)],
            Presenters = [.. presenters.Select(x => ToPresenter(x.Parsed, x.Subject, span, directory))],
            Text = clause,
            Source = span,
        };
    }

    private static Presenter ToPresenter(ParsedPresenter parsed, string? subject, SourceSpan span, AgencyDirectory directory)
    {
        var posts = new List<Post>();
        string? previous = null;
        foreach (var post in parsed.Posts)
        {
            var agencyId = directory.Resolve(post.AgencyText, previous, span)
                ?? throw new ExtractorException(span.Line, $"the body '{post.AgencyText}' of '{post.Role}' is unknown.");
            posts.Add(new Post { Role = post.Role, Title = post.Title, AgencyId = agencyId });
            previous = post.AgencyText;
        }

        return new Presenter
        {
            Name = parsed.Name,
            Role = parsed.Role,
            Title = posts[^1].Title,
            AgencyId = posts[^1].AgencyId,
            Posts = [.. posts],
            Subject = subject,
        };
    }
}
