using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Incidents;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Finds every honour, title, prize, ranking and commendation in the entry texts and 表7, one draft
/// per (honour, recipient), then merges the reports of the same honour to the same recipient.
/// </summary>
/// <remarks>
/// Each rule is a pattern of the way the text reports an honour (…等4人被授予"…", …分获各组别第一名,
/// 建议给…记功); names, titles, counts, dates and conferrers are all captured from the text.
/// </remarks>
internal static class HonourExtractor
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const string City = "绍兴市";
    private const string Numeral = "[0-9一二三四五六七八九十]+";

    private static readonly Regex CityRank = new("城市(?<what>综合经济实力)居(?<where>全国)(?<rank>第[0-9]+位)", Options);
    private static readonly Regex ExcellentApps = new($"全市有(?<n>[0-9]+)个(?<what>[^,。]+?)入选(?<title>浙江省\"观星台\"优秀应用),入选数列(?<rank>全省第{Numeral}位)", Options);
    private static readonly Regex AppsUnderConstruction = new(
        $"入选(?<title>浙江省\"观星台\"在建应用)(?<n>[0-9]+)个,入选数列(?<rank>全省第{Numeral}位),其中(?<names>[^。]+?)入选(?<title2>观星台优秀在建项目)", Options);
    private static readonly Regex OpenDataIndex = new($"绍兴市获(?<title>全国地级市(?:\\(含副省级\\))?开放数林指数)(?:排行榜)?(?<rank>第{Numeral}名)", Options);
    private static readonly Regex DeltaIndex = new($"(?<title>长三角地级\\(含副省级\\)地方指数)(?<rank>第{Numeral}名)", Options);
    private static readonly Regex SharedAward = new("绍兴市[^。]*?与(?<other>[^,。]+?)一起获(?<title>\"[^\"]+\"奖)", Options);
    private static readonly Regex Published = new("(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日,(?<by>[^,。]+?)发布", Options);
    private static readonly Regex ExcellentCase = new("形成(?<r>\"[^\"]+\"[^。]*?\"绍兴模式\")。该模式成为(?<title>[^,。]+?优秀案例)", Options);
    private static readonly Regex AppsAward = new(
        "(?<a>[^,。、]+?)、(?<b>[^,。、]+?)分别开发上线\"(?<p1>[^\"]+)\"和\"(?<p2>[^\"]+)\",[^。]*?被(?<by>[^,。]+?)评定为(?<title>[^,。]+?创新奖)", Options);
    private static readonly Regex AppAward = new("\"(?<p>[^\"]+)\"上线[^。]*?获(?<title>[^,。]+?创新奖)", Options);
    private static readonly Regex HealthCodeApps = new("全市(?<n>[0-9]+)个应用入选(?<title>省级健康码创新应用)", Options);
    private static readonly Regex Organisers = new("(?:由|日,)(?<by>[^,。]+?)(?:联合|共同)(?:举办|主办)", Options);
    private static readonly Regex ProjectPrize = new("(?<names>[^,。]+?)(?<n>[0-9]+)个项目获(?:得)?(?<prize>[一二三]等奖)", Options);
    private static readonly Regex ConferredPeople = new("(?<names>[^,。]+?)等(?<n>[0-9]+)(?<unit>人|家单位)被授予\"(?<title>[^\"]+)\"", Options);
    private static readonly Regex NamedModelCity = new(
        "(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日在(?<where>[^,。]+?)召开的(?<event>[^,。]+?)上,(?<r>绍兴市)被命名为\"(?<title>[^\"]+)\",实现\"(?<rank>[^\"]+)\"", Options);
    private static readonly Regex ModelCityStreak = new("实现创建\"(?<title>[^\"]+)\"(?<rank>[^,。\"]+连冠)", Options);
    private static readonly Regex TopTenCase = new("被(?<by>[^,。]+?)评为(?<title>[^,。]+?\"十佳\"案例)", Options);
    private static readonly Regex AdoptedPractice = new("的\"(?<r>[^\"]+)\"活动。该做法入选(?<by>[^,。]+?)制定的(?<title>《[^》]+》)", Options);
    private static readonly Regex ProvinceRank = new($"(?<what>网上祭扫点击量)突破[^,。]+?,列(?<rank>全省第{Numeral}位)", Options);
    private static readonly Regex ContestPrizes = new("评选出(?<prizes>[一二三、]+)等奖各(?<n>[0-9]+)名和(?<extra>[^,。]+?奖)(?<m>[0-9]+)名", Options);
    private static readonly Regex AwardCeremony = new("(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日,[^,。]*?颁奖仪式", Options);
    private static readonly Regex ProvincialFollowUp = new("推荐参加(?<title>省级赛事),获(?<prizes>[一二三、]+)等奖各(?<n>[0-9]+)个", Options);
    private static readonly Regex FinalsPrize = new("(?<who>[^,。]+?退役军人)(?<p>[\\u4e00-\\u9fff]{2,3}?)在(?<title>[^,。]+?大赛)总决赛中获(?<rank>[^,。]+?奖)", Options);
    private static readonly Regex SelectedPeople = new("遴选出(?<p>[^,。、]+?)等(?<n>[0-9]+)人为(?<title>[^,。]+?\"[^\"]+\")", Options);
    private static readonly Regex Assessment = new($"在(?<by>[^,。]+?)对(?<title>[^,。]+?考核)中,(?<r>绍兴市)列(?<rank>第{Numeral}位)", Options);
    private static readonly Regex Contest = new("参加(?<title>[^,。]+?比武竞赛)获(?<prize>集体[一二三]等奖)和(?<who>[^,。]+?)个人(?<prize2>[一二三]等奖)(?<n>[0-9]+)名", Options);
    private static readonly Regex SystemSubject = new("^[0-9]{4}年,(?<org>[^,。]+?系统)", Options);
    private static readonly Regex Rated = new("(?<names>[^,。]+?)等(?<n>[0-9]+)个市级部门\\(单位\\)被考评为(?<rank>[^,。]+?单位)", Options);
    private static readonly Regex AssessedBy = new("(?<by>[^,。]+?办公室)组织[^。]*?进行考核", Options);
    private static readonly Regex ProvincialTeam = new("其中(?<team>[^,。]+?)经(?<by>[^,。]+?)考核被列入(?<title>[^,。]+?)行列", Options);
    private static readonly Regex TeamContest = new(
        "(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日,(?<t1>[^,。、]+?)、(?<t2>[^,。、]+?)在[^,。]+?参加(?<title>[^,。]+?竞赛),分别获得(?<r1>团体第[0-9]+名)、(?<r2>第[0-9]+名),其中(?<t3>[^,。]+?)同时获得(?<rest>[^。]+)",
        Options);
    private static readonly Regex Ordinal = new("(?<kind>小组项目|个人单项)?(?<rank>第[0-9]+名)", Options);
    private static readonly Regex RatedBy = new("(?<r>[^,。]+?)被(?<by>[^,。]+?)评为(?<rank>优秀等次)", Options);
    private static readonly Regex Streak = new("(?<r>[^,。]+?)在全市(?<title>\"[^\"]+\"活动)中(?<rank>连续[^,。]+?第一位)", Options);
    private static readonly Regex PersonTitle = new("(?<aff>[^,。]+?)文员(?<p>[\\u4e00-\\u9fff]{2,3}?)获(?<title>[^,。]+?)称号", Options);
    private static readonly Regex TitleHolder = new("(?<title>全国[^,。]+?先进个人)获得者(?<p>[\\u4e00-\\u9fff]{3})", Options);
    private static readonly Regex MeritCount = new("(?<n>[0-9]+)人获(?<title>[^,。]+)", Options);
    private static readonly Regex GroupWinners = new("(?<names>[^,。]+?)分获各组别(?<rank>第一名)", Options);
    private static readonly Regex TeamTopThree = new("(?<names>[^,。]+?)代表团分获团体前三名", Options);
    private static readonly Regex ContestDate = new("^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日", Options);
    private static readonly Regex MeritProposal = new("建议给(?<units>[^,。;]+?)和(?<p>[\\u4e00-\\u9fff]{2,3}?)等同志(?<title>记功)", Options);
    private static readonly Regex PraiseProposal = new(
        "建议给(?<u>[^,。;]+?)等(?<un>[0-9]+)家单位(?<t1>通报表扬)和(?<p>[\\u4e00-\\u9fff]{2,3}?)等(?<pn>[0-9]+)人(?<t2>行政奖励)", Options);
    private static readonly Regex MeetingDay = new("(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日召开", Options);
    private static readonly Regex ModelCentres = new("创建(?<n>[0-9]+)个(?<where>县级)\"(?<title>[^\"]+)\",(?<n2>[0-9]+)个(?<where2>乡镇\\(街道\\))\"(?<title2>[^\"]+)\"", Options);

    public static ImmutableArray<Honour> Extract(ChapterExtraction chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        var drafts = new List<HonourDraft>();
        foreach (var entry in chapter.Entries)
        {
            drafts.AddRange(FromEntry(entry).OrderBy(d => d.Position));
        }

        var table7 = chapter.Tables.FirstOrDefault(t => t.Number == 7)
            ?? throw new ExtractorException(0, "the chapter has no 表7");
        drafts.AddRange(Table7Reader.Read(table7, chapter.Entries));
        return Merge(drafts);
    }

    private static IEnumerable<HonourDraft> FromEntry(Entry entry)
    {
        var text = entry.Text;
        var line = entry.Source.Line;
        SourceSpan At(Match m) => SentenceSpan(entry, m.Index, m.Length);

        foreach (Match m in CityRank.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = "城市" + m.Groups["what"].Value, Level = HonourLevel.National, Kind = RecipientKind.City,
                Recipient = City, Rank = m.Groups["where"].Value + m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in ExcellentApps.Matches(text))
        {
            var title = m.Groups["title"].Value;
            yield return new HonourDraft
            {
                Title = title, Level = HonourLevel.Provincial, Kind = RecipientKind.UnnamedGroup,
                CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
            };
            yield return new HonourDraft
            {
                Title = title + "入选数", Level = HonourLevel.Provincial, Kind = RecipientKind.City,
                Recipient = City, Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in AppsUnderConstruction.Matches(text))
        {
            var title = m.Groups["title"].Value;
            var size = EntryText.Int(m.Groups["n"].Value, line);
            yield return new HonourDraft
            {
                Title = title, Level = HonourLevel.Provincial, Kind = RecipientKind.UnnamedGroup, CohortSize = size, Source = At(m), Position = m.Index,
            };
            yield return new HonourDraft
            {
                Title = title + "入选数", Level = HonourLevel.Provincial, Kind = RecipientKind.City,
                Recipient = City, Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
            foreach (var name in SplitNames(m.Groups["names"].Value))
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title2"].Value, Level = HonourLevel.Provincial, Kind = RecipientKind.Project,
                    Recipient = name, Source = At(m), Position = m.Index,
                };
            }
        }

        var published = Published.Match(text);
        foreach (Match m in OpenDataIndex.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = "全国地级市开放数林指数", Level = HonourLevel.National, Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Conferrer = published.Success ? published.Groups["by"].Value : null,
                Date = DateOf(published, line), Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in DeltaIndex.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.National, Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in SharedAward.Matches(text))
        {
            foreach (var city in (string[])[City, m.Groups["other"].Value])
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = HonourLevel.National, Kind = RecipientKind.City, Recipient = city,
                    Conferrer = published.Success ? published.Groups["by"].Value : null, Date = DateOf(published, line),
                    Source = SentenceSpan(entry, m.Groups["title"].Index, m.Groups["title"].Length), Position = m.Index,
                };
            }
        }

        foreach (Match m in ExcellentCase.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Project,
                Recipient = m.Groups["r"].Value, Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in AppsAward.Matches(text))
        {
            foreach (var (project, developer) in new[] { (m.Groups["p1"].Value, m.Groups["a"].Value), (m.Groups["p2"].Value, m.Groups["b"].Value) })
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = HonourLevel.National, Kind = RecipientKind.Project,
                    Recipient = project, Affiliation = TrimLead(developer), Conferrer = m.Groups["by"].Value, Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in AppAward.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Other, Kind = RecipientKind.Project,
                Recipient = m.Groups["p"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in HealthCodeApps.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Provincial, Kind = RecipientKind.UnnamedGroup,
                CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
            };
        }

        var organisers = Organisers.Match(text);
        foreach (Match m in ProjectPrize.Matches(text))
        {
            var names = m.Groups["names"].Value;
            var size = EntryText.Int(m.Groups["n"].Value, line);
            var partial = names.EndsWith('等');
            foreach (var name in SplitNames(partial ? names[..^1] : names))
            {
                yield return new HonourDraft
                {
                    Title = entry.Heading, Level = LevelOf(entry.Heading), Kind = RecipientKind.Project, Recipient = name,
                    Rank = m.Groups["prize"].Value, CohortSize = size,
                    Conferrer = organisers.Success ? organisers.Groups["by"].Value : null, Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in ConferredPeople.Matches(text))
        {
            var title = m.Groups["title"].Value;
            var size = EntryText.Int(m.Groups["n"].Value, line);
            foreach (var name in SplitNames(m.Groups["names"].Value))
            {
                yield return new HonourDraft
                {
                    Title = title, Level = LevelOf(title), Kind = m.Groups["unit"].Value == "人" ? RecipientKind.Person : RecipientKind.Organisation,
                    Recipient = name, CohortSize = size, Source = SpanOf(entry, m), Position = m.Index,
                };
            }
        }

        foreach (Match m in NamedModelCity.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Date = ChineseDate.FromMatch(m, line),
                Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in ModelCityStreak.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in TopTenCase.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Project,
                Recipient = "退役军人" + entry.Heading, Conferrer = m.Groups["by"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in AdoptedPractice.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = "入选" + m.Groups["title"].Value, Level = HonourLevel.National, Kind = RecipientKind.Project,
                Recipient = "\"" + m.Groups["r"].Value + "\"活动", Conferrer = m.Groups["by"].Value, Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in ProvinceRank.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["what"].Value, Level = HonourLevel.Provincial, Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        var ceremony = AwardCeremony.Match(text);
        foreach (Match m in ContestPrizes.Matches(text))
        {
            var size = EntryText.Int(m.Groups["n"].Value, line);
            var prizes = m.Groups["prizes"].Value.Split('、').Select(p => p + "等奖")
                .Select(p => (Prize: p, Size: size))
                .Append((Prize: m.Groups["extra"].Value, Size: EntryText.Int(m.Groups["m"].Value, line)));
            foreach (var (prize, count) in prizes)
            {
                yield return new HonourDraft
                {
                    Title = entry.Heading, Level = LevelOf(entry.Heading), Kind = RecipientKind.UnnamedGroup, Rank = prize, CohortSize = count,
                    Conferrer = organisers.Success ? organisers.Groups["by"].Value : null,
                    Date = ceremony.Success ? ChineseDate.FromMatch(ceremony, line) : null,
                    Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in ProvincialFollowUp.Matches(text))
        {
            foreach (var prize in m.Groups["prizes"].Value.Split('、'))
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = HonourLevel.Provincial, Kind = RecipientKind.UnnamedGroup,
                    Rank = prize + "等奖", CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in FinalsPrize.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in SelectedPeople.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in Assessment.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["by"].Value), Kind = RecipientKind.City, Recipient = City,
                Rank = m.Groups["rank"].Value, Conferrer = m.Groups["by"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in Contest.Matches(text))
        {
            var subject = SystemSubject.Match(text);
            if (subject.Success)
            {
                yield return new HonourDraft
                {
                    Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Organisation,
                    Recipient = subject.Groups["org"].Value, Rank = m.Groups["prize"].Value, Source = SpanOf(entry, m), Position = m.Index,
                };
            }

            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.UnnamedGroup,
                Affiliation = m.Groups["who"].Value, Rank = "个人" + m.Groups["prize2"].Value,
                CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        var assessedBy = AssessedBy.Match(text);
        foreach (Match m in Rated.Matches(text))
        {
            var size = EntryText.Int(m.Groups["n"].Value, line);
            var names = m.Groups["names"].Value;
            var split = names.IndexOf('和', StringComparison.Ordinal);
            var counties = split < 0 ? [] : SplitNames(names[..split]);
            var departments = SplitNames(split < 0 ? names : names[(split + 1)..]);
            var title = assessedBy.Success ? "安全生产和消防工作目标管理责任考核" : entry.Heading;
            foreach (var (name, cohort) in counties.Select(c => (c, (int?)null)).Concat(departments.Select(d => (d, (int?)size))))
            {
                yield return new HonourDraft
                {
                    Title = title, Level = HonourLevel.Municipal, Kind = RecipientKind.Organisation, Recipient = name,
                    Rank = m.Groups["rank"].Value, CohortSize = cohort,
                    Conferrer = assessedBy.Success ? TrimLead(assessedBy.Groups["by"].Value) : null, Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in ProvincialTeam.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Provincial, Kind = RecipientKind.Team,
                Recipient = m.Groups["team"].Value, Conferrer = m.Groups["by"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in TeamContest.Matches(text))
        {
            var date = ChineseDate.FromMatch(m, line);
            var title = m.Groups["title"].Value;
            var level = LevelOf(title);
            yield return Team(m.Groups["t1"].Value, m.Groups["r1"].Value);
            yield return Team(m.Groups["t2"].Value, "团体" + m.Groups["r2"].Value);
            var kind = string.Empty;
            foreach (Match ordinal in Ordinal.Matches(m.Groups["rest"].Value))
            {
                kind = ordinal.Groups["kind"].Success ? ordinal.Groups["kind"].Value : kind;
                yield return Team(m.Groups["t3"].Value, kind + ordinal.Groups["rank"].Value);
            }

            HonourDraft Team(string name, string rank) => new()
            {
                Title = title, Level = level, Kind = RecipientKind.Team, Recipient = name, Rank = rank, Date = date, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in RatedBy.Matches(text))
        {
            var recipient = TrimLead(m.Groups["r"].Value);
            yield return new HonourDraft
            {
                Title = recipient.Replace("绍兴市", string.Empty, StringComparison.Ordinal) + "考评", Level = LevelOf(m.Groups["by"].Value),
                Kind = RecipientKind.Project, Recipient = recipient, Rank = m.Groups["rank"].Value, Conferrer = m.Groups["by"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in Streak.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = "全市" + m.Groups["title"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Organisation,
                Recipient = TrimLead(m.Groups["r"].Value), Rank = m.Groups["rank"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in PersonTitle.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Affiliation = TrimLead(m.Groups["aff"].Value), Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in TitleHolder.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Source = At(m), Position = m.Index,
            };
        }

        foreach (Match m in MeritCount.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value.TrimEnd('。'), Level = HonourLevel.Other, Kind = RecipientKind.UnnamedGroup,
                CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
            };
        }

        var contestDate = ContestDate.Match(text);
        DateOnly? held = contestDate.Success
            ? ChineseDate.FromMatch(contestDate, line)
            : null;
        foreach (Match m in GroupWinners.Matches(text))
        {
            foreach (var team in SplitNames(m.Groups["names"].Value))
            {
                yield return new HonourDraft
                {
                    Title = entry.Heading, Level = LevelOf(entry.Heading), Kind = RecipientKind.Team, Recipient = team,
                    Rank = "组别" + m.Groups["rank"].Value, Date = held,
                    Conferrer = organisers.Success ? organisers.Groups["by"].Value : null, Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in TeamTopThree.Matches(text))
        {
            var place = 0;
            foreach (var delegation in SplitNames(m.Groups["names"].Value))
            {
                place++;
                yield return new HonourDraft
                {
                    Title = entry.Heading, Level = LevelOf(entry.Heading), Kind = RecipientKind.Team, Recipient = delegation + "代表团",
                    Rank = "团体第" + "一二三"[place - 1] + "名", Date = held,
                    Conferrer = organisers.Success ? organisers.Groups["by"].Value : null, Source = At(m), Position = m.Index,
                };
            }
        }

        foreach (Match m in MeritProposal.Matches(text))
        {
            var date = MeetingDate(text, m.Index, line);
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Organisation,
                Recipient = m.Groups["units"].Value, Date = date, IsProposal = true, Source = SpanOf(entry, m), Position = m.Index,
            };
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Person,
                Recipient = m.Groups["p"].Value, Date = date, IsProposal = true, Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in PraiseProposal.Matches(text))
        {
            var date = MeetingDate(text, m.Index, line);
            yield return new HonourDraft
            {
                Title = m.Groups["t1"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Organisation, Recipient = m.Groups["u"].Value,
                CohortSize = EntryText.Int(m.Groups["un"].Value, line), Date = date, IsProposal = true, Source = SpanOf(entry, m), Position = m.Index,
            };
            yield return new HonourDraft
            {
                Title = m.Groups["t2"].Value, Level = HonourLevel.Municipal, Kind = RecipientKind.Person, Recipient = m.Groups["p"].Value,
                CohortSize = EntryText.Int(m.Groups["pn"].Value, line), Date = date, IsProposal = true, Source = SpanOf(entry, m), Position = m.Index,
            };
        }

        foreach (Match m in ModelCentres.Matches(text))
        {
            yield return new HonourDraft
            {
                Title = m.Groups["title"].Value, Level = LevelOf(m.Groups["title"].Value), Kind = RecipientKind.UnnamedGroup,
                Group = m.Groups["where"].Value, CohortSize = EntryText.Int(m.Groups["n"].Value, line), Source = At(m), Position = m.Index,
            };
            yield return new HonourDraft
            {
                Title = m.Groups["title2"].Value, Level = LevelOf(m.Groups["title2"].Value), Kind = RecipientKind.UnnamedGroup,
                Group = m.Groups["where2"].Value, CohortSize = EntryText.Int(m.Groups["n2"].Value, line), Source = At(m), Position = m.Index,
            };
        }
    }

    /// <summary>One record per (title, recipient, rank, group): later reports of the same honour become mentions of the fullest one.</summary>
    private static ImmutableArray<Honour> Merge(List<HonourDraft> drafts)
    {
        var merged = new List<(HonourDraft Draft, List<SourceSpan> Mentions)>();
        foreach (var draft in drafts)
        {
            var index = draft.Recipient is null
                ? -1
                : merged.FindIndex(m => m.Draft.Title == draft.Title && m.Draft.Recipient == draft.Recipient
                    && m.Draft.Rank == draft.Rank && m.Draft.Group == draft.Group);
            if (index < 0)
            {
                merged.Add((draft, []));
                continue;
            }

            var (known, mentions) = merged[index];
            var fuller = Detail(draft) > Detail(known);
            var primary = fuller ? draft : known;
            var other = fuller ? known : draft;
            mentions.Add(other.Source);
            merged[index] = (primary with
            {
                Affiliation = primary.Affiliation ?? other.Affiliation,
                Conferrer = primary.Conferrer ?? other.Conferrer,
                Date = primary.Date ?? other.Date,
                CohortSize = primary.CohortSize ?? other.CohortSize,
            }, mentions);
        }

        return
        [
            .. merged
                .OrderBy(m => m.Draft.Source.Line)
                .ThenBy(m => m.Draft.Source.EntryId is null ? 1 : 0)
                .Select((m, i) => new Honour
                {
                    Id = "honour-" + (i + 1).ToString("000", CultureInfo.InvariantCulture),
                    Title = m.Draft.Title,
                    Level = m.Draft.Level,
                    RecipientKind = m.Draft.Kind,
                    Recipient = m.Draft.Recipient,
                    Affiliation = m.Draft.Affiliation,
                    Nominator = m.Draft.Nominator,
                    Group = m.Draft.Group,
                    Rank = m.Draft.Rank,
                    CohortSize = m.Draft.CohortSize,
                    Conferrer = m.Draft.Conferrer,
                    Date = m.Draft.Date,
                    IsProposal = m.Draft.IsProposal,
                    Source = m.Draft.Source,
                    Mentions = [.. m.Mentions.Where(s => s != m.Draft.Source).Distinct().OrderBy(s => s.Line)],
                }),
        ];
    }

    private static int Detail(HonourDraft draft) =>
        (draft.Date is null ? 0 : 2) + (draft.Conferrer is null ? 0 : 2) + (draft.Affiliation is null ? 0 : 1) + (draft.Nominator is null ? 0 : 1);

    /// <summary>The level a title or conferrer speaks for: 全国/国家 national, 浙江省/省/全省 provincial, else municipal.</summary>
    internal static HonourLevel LevelOf(string words) =>
        words.StartsWith("全国", StringComparison.Ordinal) || words.StartsWith("国家", StringComparison.Ordinal) || words.StartsWith("首届全国", StringComparison.Ordinal)
            ? HonourLevel.National
            : words.StartsWith("浙江省", StringComparison.Ordinal) || words.StartsWith('省') || words.StartsWith("全省", StringComparison.Ordinal)
                ? HonourLevel.Provincial
                : HonourLevel.Municipal;

    /// <summary>Splits a list of names on 、 and 以及, leaving 、 inside quotes alone.</summary>
    internal static ImmutableArray<string> SplitNames(string names)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i <= names.Length; i++)
        {
            if (i < names.Length && names[i] == '"')
            {
                quoted = !quoted;
            }

            var atEnd = i == names.Length;
            var comma = !atEnd && !quoted && names[i] == '、';
            var andAlso = !atEnd && !quoted && string.CompareOrdinal(names, i, "以及", 0, 2) == 0;
            if (atEnd || comma || andAlso)
            {
                var part = names[start..i].Trim();
                if (part.Length > 0)
                {
                    parts.Add(part);
                }

                start = i + (andAlso ? 2 : 1);
                i = start - 1;
            }
        }

        return parts.ToImmutable();
    }

    /// <summary>Takes a leading date (2020年,) off a captured phrase.</summary>
    private static string TrimLead(string phrase)
    {
        var comma = phrase.LastIndexOf(',');
        return comma >= 0 ? phrase[(comma + 1)..] : phrase;
    }

    private static DateOnly? DateOf(Match published, int line) =>
        published.Success
            ? new DateOnly(EntryText.Int(published.Groups["y"].Value, line), EntryText.Int(published.Groups["m"].Value, line), EntryText.Int(published.Groups["d"].Value, line))
            : null;

    /// <summary>The day of the executive meeting a clause belongs to: the last 月…日召开 before it.</summary>
    private static DateOnly? MeetingDate(string text, int index, int line)
    {
        Match? last = null;
        foreach (Match day in MeetingDay.Matches(text[..index]))
        {
            last = day;
        }

        return last is null ? null : ChineseDate.FromMatch(last, line);
    }

    private static SourceSpan SpanOf(Entry entry, Match match) => EntryText.SpanOf(entry, match.Index, match.Length);

    private static SourceSpan SentenceSpan(Entry entry, int index, int length)
    {
        var (start, sentence) = EntryText.SentenceAt(entry.Text, index);
        var end = Math.Max(start + sentence.Length, index + length);
        return EntryText.SpanOf(entry, start, end - start);
    }
}
