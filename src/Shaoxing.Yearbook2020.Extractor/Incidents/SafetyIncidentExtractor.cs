using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Incidents;

/// <summary>
/// Finds every dated event of harm or hazard in the entry texts: accidents with their own entry,
/// accidents named by code in other entries (merged with the full account when they are the same
/// event), and the natural events and hazards the 应急管理 entries describe.
/// </summary>
internal static class SafetyIncidentExtractor
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex HeadingCode = new("\"(?<m>[0-9]{1,2})[·.](?<d>[0-9]{1,2})\".*事故$", Options);
    private static readonly Regex Code = new("\"(?<m>[0-9]{1,2})[·.](?<d>[0-9]{1,2})\"", Options);
    private static readonly Regex DateTimeStart = new(
        "(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?<part>凌晨|上午|中午|下午|傍晚|晚上|夜间|晚)?(?<h>[0-9]{1,2})(?:时|点)(?:(?<min>[0-9]{1,2})分)?", Options);
    private static readonly Regex LocatedAt = new("位于(?<loc>[^,。]+?)的", Options);
    private static readonly Regex HappenedAt = new("分,(?<loc>[^,。]+?)发生", Options);
    // Casualties as yearbooks word them: 2人死亡 / 死亡2人 / 2人身亡 / 遇难 / 罹难; 6人受伤 / 受伤6人 / 6人轻伤 / 伤6人 (not 重伤).
    private static readonly Regex Deaths = new(
        $"(?:(?<n>[0-9]+)(?:人|名[^,。;0-9]{{0,6}}?)(?:{CasualtyWords.Alternation(CasualtyWords.Deaths)})|(?:{CasualtyWords.Alternation(CasualtyWords.Deaths)})(?<n>[0-9]+)人)", Options);
    private static readonly Regex Injured = new(
        $"(?:(?<n>[0-9]+)(?:人|名[^,。;0-9]{{0,6}}?)(?:{CasualtyWords.Alternation(CasualtyWords.Injured)}|伤)|(?:^|[^重])(?:{CasualtyWords.Alternation(CasualtyWords.Injured)}|伤)(?<n>[0-9]+)人)", Options);
    private static readonly Regex Serious = new("(?:其中(?<n>[0-9]+)人重伤|重伤(?<n>[0-9]+)人)", Options);
    private static readonly Regex EvacuatedPeople = new("(?<n>[0-9]+)人实行疏散", Options);
    private static readonly Regex EvacuatedTimes = new("疏散[^。;]*?群众(?<n>[0-9]+)人次", Options);
    private static readonly Regex DayMention = new("(?:(?<m>[0-9]{1,2})月)?(?<d>[0-9]{1,2})日", Options);
    private static readonly Regex Hour = new("(?<h>[0-9]{1,2})时", Options);
    private static readonly Regex NumberedTyphoon = new("第(?<n>[0-9]+)号台风\"(?<name>[^\"]+)\"", Options);
    private static readonly Regex TyphoonPath = new("(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?<h1>[0-9]{1,2})时进入(?<in>[^,]+),相继穿过(?<through>[^,]+),于(?<h2>[0-9]{1,2})时离开", Options);
    private static readonly Regex EvacuatedAhead = new("提前转移[^,;。]*?(?<n>[0-9]+)人", Options);
    private static readonly Regex OuterTyphoons = new("(?<names>(?:\"[^\"]+\")+)等台风仅外围环流影响", Options);
    private static readonly Regex QuotedName = new("\"(?<name>[^\"]+)\"", Options);
    private static readonly Regex Rainstorm = new(
        "(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?<when>凌晨|上午|下午|夜间)?,(?<place>[^,]+?)遭受(?<what>[^,]+?)袭击,造成当地(?<aff>[0-9.]+)(?<affw>万)?人受灾、紧急转移安置(?<rel>[0-9]+)人",
        Options);
    private static readonly Regex DirectLoss = new("直接经济损失(?<n>[0-9.]+)(?<unit>万|亿)?元", Options);
    private static readonly Regex HeatSpell = new("(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日(?:至|到|—|-)(?:(?<m2>[0-9]{1,2})月)?(?<d2>[0-9]{1,2})日出现(?<what>[0-9]+℃以上高温天气)(?<days>[0-9]+)天", Options);
    private static readonly Regex Tailings = new("处置(?<name>(?<place>[^,。;、]+?)尾矿管涌险情)", Options);
    private static readonly Regex Reinforcement = new("驰援(?<place>[^,。;、]+?)(?<what>抗洪抢险)任务", Options);

    /// <summary>Verbs that may stand right before a place and a code: they are not part of the place.</summary>
    private static readonly string[] LeadingVerbs = ["平稳处置", "成功处置", "处置", "增援", "驰援", "在"];

    public static ImmutableArray<SafetyIncident> Extract(ChapterExtraction chapter, DistrictNames districts)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var incidents = new List<SafetyIncident>();
        var ownEntries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in chapter.Entries)
        {
            var heading = HeadingCode.Match(entry.Heading);
            if (heading.Success)
            {
                incidents.Add(FromOwnEntry(entry, heading, districts));
                ownEntries.Add(entry.Id);
            }
        }

        foreach (var entry in chapter.Entries.Where(e => !ownEntries.Contains(e.Id)))
        {
            foreach (var mention in CodeMentions(entry, districts))
            {
                Merge(incidents, mention);
            }

            incidents.AddRange(NaturalEvents(entry, districts));
        }

        return
        [
            .. incidents
                .OrderBy(i => i.Mentions.Select(m => m.Line).Append(i.Source.Line).Min())
                .Select((incident, index) => incident with
                {
                    Id = "incident-" + (index + 1).ToString("00", CultureInfo.InvariantCulture),
                    Mentions = [.. incident.Mentions.OrderBy(m => m.Line)],
                }),
        ];
    }

    private static SafetyIncident FromOwnEntry(Entry entry, Match heading, DistrictNames districts)
    {
        var text = entry.Text;
        var line = entry.Source.Line;
        var start = DateTimeStart.Match(text);
        if (!start.Success)
        {
            throw new ExtractorException(line, $"the incident entry {entry.Heading} gives no date and time");
        }

        var date = ChineseDate.FromMatch(start, line);
        var location = LocatedAt.Match(text) is { Success: true } at ? at.Groups["loc"].Value
            : HappenedAt.Match(text) is { Success: true } happened ? happened.Groups["loc"].Value
            : null;
        var evacuatedTimes = EvacuatedTimes.Match(text);
        var evacuated = EvacuatedPeople.Match(text) is { Success: true } people ? people : evacuatedTimes;
        var (endDate, endTime) = EndOf(text, date, line);
        var firstSentence = EntryText.SentenceAt(text, 0).Text;
        return new SafetyIncident
        {
            Id = string.Empty,
            Name = entry.Heading,
            Code = CodeOf(heading),
            Category = CategoryOf(entry.Heading),
            Date = date,
            Time = ClockTime(start, line),
            EndDate = endDate,
            EndTime = endTime,
            District = districts.FirstIn(entry.Heading + (location ?? string.Empty)),
            Location = location,
            InShaoxing = true,
            Deaths = Optional(Deaths.Match(firstSentence), line),
            Injured = Optional(Injured.Match(firstSentence), line),
            SeriouslyInjured = Optional(Serious.Match(firstSentence), line),
            Evacuated = Optional(evacuated, line),
            DetailLevel = DetailLevel.FullEntry,
            Summary = firstSentence,
            Notes = evacuated.Success && evacuated == evacuatedTimes
                ? "Evacuated is counted in 人次 (person-times) as the text gives it, not in distinct people."
                : null,
            Source = entry.Source,
            Mentions = [],
        };
    }

    /// <summary>The end of an incident's handling: the last day the text names, and a clock time in that last sentence.</summary>
    private static (DateOnly? Date, TimeOnly? Time) EndOf(string text, DateOnly start, int line)
    {
        var days = DayMention.Matches(text);
        if (days.Count == 0)
        {
            return (null, null);
        }

        var last = days[^1];
        var month = last.Groups["m"].Success ? EntryText.Int(last.Groups["m"].Value, line) : start.Month;
        var end = ChineseDate.Of(month, EntryText.Int(last.Groups["d"].Value, line), line);
        if (end == start)
        {
            return (null, null);
        }

        var sentence = EntryText.SentenceAt(text, last.Index).Text;
        var hours = Hour.Matches(sentence);
        TimeOnly? time = hours.Count > 0 ? new TimeOnly(EntryText.Int(hours[^1].Groups["h"].Value, line), 0) : null;
        return (end, time);
    }

    private static IEnumerable<SafetyIncident> CodeMentions(Entry entry, DistrictNames districts)
    {
        var text = entry.Text;
        string? previousPlace = null;
        var previousEnd = -1;
        foreach (Match match in Code.Matches(text))
        {
            // A run of codes shares the place written before its first code (甬金高速"6·7""10·20").
            var place = match.Index == previousEnd ? previousPlace : PlaceBefore(text, match.Index);
            var tail = Tail(text, match.Index + match.Length);
            previousPlace = place;
            previousEnd = match.Index + match.Length;
            if (!tail.Contains("事故", StringComparison.Ordinal))
            {
                continue; // "3·19" 森林消防宣传日 and the like are days, not incidents.
            }

            var line = EntryText.LineAt(entry, match.Index);
            var month = EntryText.Int(match.Groups["m"].Value, line);
            var day = EntryText.Int(match.Groups["d"].Value, line);
            var noun = tail[..(tail.IndexOf("事故", StringComparison.Ordinal) + 2)].TrimStart('等');
            var district = districts.Resolve(place);
            var reinforcement = PrecededBy(text, match.Index, place, "增援");

            // Line 230 says Shaoxing had no accident of the 较大 grade or above in 2020, so a 重大 one is elsewhere.
            var graver = noun.Contains("重大", StringComparison.Ordinal);
            var inShaoxing = !reinforcement && !graver && (district is not null || place is not null);
            var sentence = EntryText.PhraseAt(text, match.Index);
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = (place ?? string.Empty) + match.Value + noun,
                Code = CodeOf(match),
                Category = CategoryOf(noun),
                Date = ChineseDate.Of(month, day, line),
                District = inShaoxing ? district : null,
                Location = place,
                InShaoxing = inShaoxing,
                DetailLevel = DetailLevel.Mention,
                Summary = sentence,
                Notes = reinforcement
                    ? "Outside the city: Shaoxing's fire and rescue service took part as reinforcement; the text gives no casualties."
                    : graver
                        ? "Named only as the subject of instructions relayed at an executive meeting; it did not happen in Shaoxing (line 230: no accident of the 较大 grade or above there in 2020)."
                        : "Named only by its code; the text gives no casualties.",
                Source = EntryText.SpanOf(entry, match.Index, match.Length),
                Mentions = [],
            };
        }
    }

    /// <summary>The place written right before a code: the Chinese run back to the last delimiter, without a leading verb.</summary>
    private static string? PlaceBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && IsCjk(text[start - 1]))
        {
            start--;
        }

        var run = text[start..index];
        foreach (var verb in LeadingVerbs)
        {
            var at = run.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0)
            {
                run = run[(at + verb.Length)..];
                break;
            }
        }

        // A place is short (柯桥, 温岭, 甬金高速); a longer run is a phrase (习近平总书记), not a place.
        return run.Length is >= 2 and <= 4 && !run.EndsWith("书记", StringComparison.Ordinal) ? run : null;
    }

    private static bool PrecededBy(string text, int index, string? place, string verb)
    {
        var before = index - (place?.Length ?? 0);
        return before >= verb.Length && text.AsSpan(before - verb.Length, verb.Length).SequenceEqual(verb);
    }

    /// <summary>What follows a code up to the end of its clause, skipping the codes that follow in the same run.</summary>
    private static string Tail(string text, int index)
    {
        var end = index;
        while (end < text.Length && text[end] is not ('。' or ';' or ',' or '\n'))
        {
            end++;
        }

        var rest = text[index..end];
        var lastQuote = rest.LastIndexOf('"');
        var tail = lastQuote >= 0 ? rest[(lastQuote + 1)..] : rest;
        return tail.Trim();
    }

    private static void Merge(List<SafetyIncident> incidents, SafetyIncident mention)
    {
        var index = incidents.FindIndex(i => i.Code == mention.Code && SamePlace(i, mention.Location));
        if (index < 0)
        {
            incidents.Add(mention);
            return;
        }

        var known = incidents[index];
        if (known.Source != mention.Source && !known.Mentions.Contains(mention.Source))
        {
            incidents[index] = known with { Mentions = known.Mentions.Add(mention.Source) };
        }
    }

    private static bool SamePlace(SafetyIncident known, string? place) =>
        place is null
        || known.Name.Contains(place, StringComparison.Ordinal)
        || (known.Location?.Contains(place, StringComparison.Ordinal) ?? false)
        || (known.District?.StartsWith(place, StringComparison.Ordinal) ?? false);

    private static IEnumerable<SafetyIncident> NaturalEvents(Entry entry, DistrictNames districts)
    {
        var text = entry.Text;
        var line = entry.Source.Line;

        foreach (Match typhoon in NumberedTyphoon.Matches(text))
        {
            var path = TyphoonPath.Match(text, typhoon.Index);
            var ahead = EvacuatedAhead.Match(text, typhoon.Index);
            var end = ahead.Success ? ahead.Index + ahead.Length : path.Success ? path.Index + path.Length : typhoon.Index + typhoon.Length;
            var date = path.Success ? ChineseDate.FromMatch(path, line) : (DateOnly?)null;
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = typhoon.Value,
                Category = IncidentCategory.Typhoon,
                Date = date,
                Time = path.Success ? new TimeOnly(EntryText.Int(path.Groups["h1"].Value, line), 0) : null,
                EndDate = path.Success ? date : null,
                EndTime = path.Success ? new TimeOnly(EntryText.Int(path.Groups["h2"].Value, line), 0) : null,
                Location = path.Success ? $"进入{path.Groups["in"].Value},相继穿过{path.Groups["through"].Value}" : null,
                InShaoxing = true,
                Evacuated = ahead.Success ? EntryText.Int(ahead.Groups["n"].Value, line) : null,
                DetailLevel = DetailLevel.Passage,
                Summary = text[typhoon.Index..(path.Success ? path.Index + path.Length : end)] + "。",
                Notes = "Evacuated counts the people moved out of danger zones in advance (提前转移); the typhoon crossed several districts, so District is null.",
                Source = EntryText.SpanOf(entry, typhoon.Index, end - typhoon.Index),
                Mentions = [],
            };
        }

        foreach (Match outer in OuterTyphoons.Matches(text))
        {
            foreach (Match name in QuotedName.Matches(outer.Groups["names"].Value))
            {
                var at = outer.Index + name.Index;
                yield return new SafetyIncident
                {
                    Id = string.Empty,
                    Name = "台风" + name.Value,
                    Category = IncidentCategory.Typhoon,
                    InShaoxing = true,
                    DetailLevel = DetailLevel.Mention,
                    Summary = EntryText.SentenceAt(text, at).Text,
                    Notes = "Only the typhoon's outer circulation reached Shaoxing (gusts of force 8, scattered showers); the text gives no date.",
                    Source = EntryText.SpanOf(entry, at, name.Length),
                    Mentions = [],
                };
            }
        }

        foreach (Match rain in Rainstorm.Matches(text))
        {
            var loss = DirectLoss.Match(text, rain.Index);
            var (_, sentence) = EntryText.SentenceAt(text, rain.Index);
            var place = rain.Groups["place"].Value;
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = place + rain.Groups["what"].Value,
                Category = IncidentCategory.Flood,
                Date = ChineseDate.FromMatch(rain, line),
                District = districts.Resolve(place),
                Location = place,
                InShaoxing = true,
                Affected = EntryText.Count(rain.Groups["aff"].Value, rain.Groups["affw"].Value, line),
                Relocated = EntryText.Int(rain.Groups["rel"].Value, line),
                DirectEconomicLossYuan = loss.Success
                    ? EntryText.Amount(loss.Groups["n"].Value, loss.Groups["unit"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, _ => 1m }, line)
                    : null,
                DetailLevel = DetailLevel.Passage,
                Summary = sentence,
                Notes = rain.Groups["when"].Success ? $"The text gives the time of day only as {rain.Groups["when"].Value}, not a clock time." : null,
                Source = EntryText.SpanOf(entry, rain.Index, (loss.Success ? loss.Index + loss.Length : rain.Index + rain.Length) - rain.Index),
                Mentions = [],
            };
        }

        foreach (Match heat in HeatSpell.Matches(text))
        {
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = heat.Groups["what"].Value,
                Category = IncidentCategory.HeatDrought,
                Date = ChineseDate.FromMatch(heat, line, month: "m1", day: "d1"),
                EndDate = ChineseDate.FromMatch(heat, line, month: heat.Groups["m2"].Success ? "m2" : "m1", day: "d2"),
                InShaoxing = true,
                DetailLevel = DetailLevel.Passage,
                Summary = EntryText.SentenceAt(text, heat.Index).Text,
                Notes = "A spell over the whole city, so District is null.",
                Source = EntryText.SpanOf(entry, heat.Index, heat.Length),
                Mentions = [],
            };
        }

        foreach (Match tailings in Tailings.Matches(text))
        {
            var place = tailings.Groups["place"].Value;
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = tailings.Groups["name"].Value,
                Category = IncidentCategory.Tailings,
                District = districts.Resolve(place),
                Location = place,
                InShaoxing = true,
                DetailLevel = DetailLevel.Mention,
                Summary = EntryText.ClauseAt(text, tailings.Index),
                Notes = "The text gives no date and no district for the piping (管涌) at the tailings dam.",
                Source = EntryText.SpanOf(entry, tailings.Groups["name"].Index, tailings.Groups["name"].Length),
                Mentions = [],
            };
        }

        foreach (Match help in Reinforcement.Matches(text))
        {
            var place = help.Groups["place"].Value;
            yield return new SafetyIncident
            {
                Id = string.Empty,
                Name = place + help.Groups["what"].Value,
                Category = IncidentCategory.Flood,
                Location = place,
                InShaoxing = false,
                DetailLevel = DetailLevel.Mention,
                Summary = EntryText.SentenceAt(text, help.Index).Text,
                Notes = "A reinforcement outside the city by the fire and rescue service's water rescue team; the text gives no date.",
                Source = EntryText.SpanOf(entry, help.Index, help.Length),
                Mentions = [],
            };
        }
    }

    private static IncidentCategory CategoryOf(string words) =>
        words.Contains("槽车", StringComparison.Ordinal) || words.Contains("槽罐车", StringComparison.Ordinal) ? IncidentCategory.HazardousChemicalsTransport
        : words.Contains("交通事故", StringComparison.Ordinal) ? IncidentCategory.RoadTraffic
        : words.Contains("火灾", StringComparison.Ordinal) ? IncidentCategory.Fire
        : words.Contains("爆燃", StringComparison.Ordinal) || words.Contains("爆炸", StringComparison.Ordinal) ? IncidentCategory.ProductionSafety
        : IncidentCategory.Other;

    private static string CodeOf(Match match) => match.Groups["m"].Value + "·" + match.Groups["d"].Value;

    /// <summary>The clock time of a match: 22时18分, 0时9分, or 晚上10点 (22:00; 下午/晚上 before 12 mean the afternoon).</summary>
    private static TimeOnly ClockTime(Match match, int line)
    {
        var hour = EntryText.Int(match.Groups["h"].Value, line);
        var minute = match.Groups["min"].Success ? EntryText.Int(match.Groups["min"].Value, line) : 0;
        if (match.Groups["part"].Value is "下午" or "傍晚" or "晚上" or "晚" && hour < 12)
        {
            hour += 12;
        }

        return hour < 24 && minute < 60
            ? new TimeOnly(hour, minute)
            : throw new ExtractorException(line, $"{match.Value} is not a time of day.");
    }

    private static int? Optional(Match match, int line) => match.Success ? EntryText.Int(match.Groups["n"].Value, line) : null;

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
