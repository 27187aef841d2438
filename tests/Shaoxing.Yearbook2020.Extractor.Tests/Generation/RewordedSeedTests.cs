using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Extractor.Coverage;
using Shaoxing.Yearbook2020.Extractor.Generation;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Generation;

/// <summary>
/// The extractor reads a text, not only this text: sentences of a copy of the seed are rewritten in place in other
/// wordings that each family of phrasing claims (another verb for the same honour, 身亡 for 死亡, 下旬 for a day, a
/// changed name, count or date), and the reworded facts must come out.
/// </summary>
public sealed class RewordedSeedTests
{
    /// <summary>Each rewording: the seed line, the phrase as printed (OCR spaces included), and its new wording.</summary>
    private static readonly (int Line, string From, string To)[] Rewordings =
    [
        // Ranked: 居 → 位居, and another place.
        (5, "居全国第 31 位", "位居全国第 25 位"),

        // Presenters and dates of meetings: 听取 → 听取了, another name, another day.
        (53, "5 月13日召开。会议听取市道安办主任丁 松勇", "5 月14日召开。会议听取了市道安办主任丁 松强"),

        // Proposed: 建议给 → 建议对, another count.
        (61, "建议给市发改委等3家", "建议对市发改委等5家"),

        // Dates: a month alone becomes a part of a month.
        (164, "10月,12个项目团", "11月中旬,12个项目团"),

        // Conferred: 被授予"…" → 荣获"…"称号, and another name.
        (176, "吕京娜等4人被授予\"浙江省模范退役军人\"", "吕京华等4人荣获\"浙江省模范退役军人\"称号"),

        // Awarded: 获 → 荣获, and another name.
        (204, "新昌县退役军人盛文斌在首届全国退役军人创业创新大赛总决赛中获优胜奖", "新昌县退役军人盛文武在首届全国退役军人创业创新大赛总决赛中荣获优胜奖"),

        // Selected: 遴选出 → 评选出, another name and count.
        (206, "遴选出黄杏江等10人为", "评选出李明等12人为"),

        // Dates: X月X日至X月X日 → X月X日至X日.
        (299, "7月 27日至 8月 26日出现", "7月 27日至 31日出现"),

        // Dates: a day becomes 下旬.
        (311, "9月28日,新昌", "9月下旬,新昌"),

        // Casualties: 死亡 → 身亡, 6人受伤 → 受伤7人; a clock time with 凌晨 and without minutes.
        (377, "2020年8月2日0时9分", "2020年8月2日凌晨1时"),
        (377, "2人死亡,", "3人身亡,"),
        (379, "6人受伤,", "受伤7人,"),

        // Casualties: 死亡 → 遇难, another count.
        (381, "1人 死亡", "4人 遇难"),

        // Conferred and rated: 获…称号 → 荣获…称号; 评为 → 评定为.
        (385, "文员展才 华获全国", "文员展才 华荣获全国"),
        (385, "被省消防救援总队评为优 秀等次", "被省消防救援总队评定为优 秀等次"),
    ];

    private static readonly Lazy<DatasetExtraction> Reworded = new(() =>
    {
        using var seeds = SeedCopies.Reworded(Rewordings);
        return DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));
    });

    [Fact]
    public void Extract_ConferredOrAwardedWithAnotherVerb_FindsTheHonourAndTheNewName()
    {
        var honours = Reworded.Value.Honours;

        honours.Where(h => h.Title == "浙江省模范退役军人").Select(h => h.Recipient).Should().Equal("王伟民", "张纪东", "陈添鑫", "吕京华");
        honours.Should().ContainSingle(h => h.Recipient == "盛文武").Which.Rank.Should().Be("优胜奖");
        honours.Should().ContainSingle(h => h.Recipient == "展才华").Which.Title.Should().Be("全国119消防先进个人");
        honours.Should().ContainSingle(h => h.Title == "消防安全翻身仗行动考评").Which.Rank.Should().Be("优秀等次");
    }

    [Fact]
    public void Extract_SelectedRankedAndProposedReworded_FollowTheText()
    {
        var honours = Reworded.Value.Honours;

        honours.Should().ContainSingle(h => h.Recipient == "李明").Which.CohortSize.Should().Be(12);
        honours.Should().ContainSingle(h => h.Title == "城市综合经济实力").Which.Rank.Should().Be("全国第25位");
        var praise = honours.Should().ContainSingle(h => h.Title == "通报表扬").Which;
        praise.CohortSize.Should().Be(5);
        praise.IsProposal.Should().BeTrue();
        honours.Where(h => h.Title == "记功").Should().HaveCount(2).And.OnlyContain(h => h.Date == new DateOnly(2020, 5, 14));
    }

    [Fact]
    public void Extract_PartsOfAMonth_GiveTheMonthWithoutADay()
    {
        var honours = Reworded.Value.Honours;

        honours.Where(h => h.Title == "绍兴市第二届创新数据应用大赛").Should().HaveCount(4).And.OnlyContain(h => h.Month == "2020-11" && h.Date == null);
        honours.Where(h => h.Title == "浙江省首届社会应急力量技能竞赛").Should().HaveCount(5).And.OnlyContain(h => h.Month == "2020-09" && h.Date == null);
    }

    [Fact]
    public void Extract_CasualtiesInOtherWords_AreCounted()
    {
        var incidents = Reworded.Value.SafetyIncidents;

        var blast = incidents.Single(i => i.Code == "8·2");
        (blast.Deaths, blast.Injured, blast.SeriouslyInjured).Should().Be((3, 7, 2));
        (blast.Date, blast.Time).Should().Be((new DateOnly(2020, 8, 2), new TimeOnly(1, 0)));
        var tanker = incidents.Single(i => i.Code == "6·7" && i.DetailLevel == DetailLevel.FullEntry);
        (tanker.Deaths, tanker.Injured).Should().Be((4, 2));
    }

    [Fact]
    public void Extract_ADateRangeWithinOneMonth_EndsInThatMonth()
    {
        var heat = Reworded.Value.SafetyIncidents.Single(i => i.Category == IncidentCategory.HeatDrought && i.EndDate is not null);

        (heat.Date, heat.EndDate).Should().Be((new DateOnly(2020, 7, 27), new DateOnly(2020, 7, 31)));
    }

    [Fact]
    public void Extract_APresenterHeardWithAnotherVerb_IsRead()
    {
        var meeting = Reworded.Value.Meetings.Single(m => m.Number == 73);

        meeting.Date.Should().Be(new DateOnly(2020, 5, 14));
        meeting.AgendaItems[0].Presenters.Should().ContainSingle().Which.Name.Should().Be("丁松强");
        Reworded.Value.People.Should().ContainSingle(p => p.Name == "丁松强").Which.Appointments.Should().ContainSingle()
            .Which.FirstSeen.Should().Be(new DateOnly(2020, 5, 14));
    }

    [Fact]
    public void Generate_FromTheRewordedCopy_WritesTheRewordedFacts()
    {
        using var seeds = SeedCopies.Reworded(Rewordings);
        using var data = new TempDirectory();

        DatasetGenerator.Generate(seeds.Path, data.Path, TestContext.Current.CancellationToken);

        using var honours = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data.Path, "honours.json")));
        honours.RootElement.EnumerateArray().Select(h => h.GetProperty("recipient").GetString()).Should().Contain(["吕京华", "盛文武", "李明"]);
        using var incidents = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data.Path, "safety-incidents.json")));
        incidents.RootElement.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "8·2").GetProperty("deaths").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Generate_ANumberACuratedRuleUses_ChangedInTheText_SucceedsAndTheRuleReportsItsNewOutcome()
    {
        // Line 230 prints 死亡47人, which is 表6's 合计 death toll (47, line 245); line 377's 造成2人死亡 is among 表6's
        // 柯桥区 other industrial deaths (2, line 247). A death more in each sentence breaks both relations.
        var rules = new[] { "safety-deaths-text-vs-table", "explosion-8-2-in-table6" };
        using var seeds = SeedCopies.Reworded([(230, "死亡47人", "死亡48人"), (377, "造成2人死亡", "造成3人死亡")]);

        var files = DatasetGenerator.Make(seeds.Path, TestContext.Current.CancellationToken);

        var seed = SeedInputs.FromDirectory(seeds.Path).Seed;
        var changed = Yearbook.Load(new InMemoryDataFileSource(files), new SeedIdentity(seed.Sha256, seed.LineCount)).CheckConsistency();
        var original = Yearbook.Default.CheckConsistency();
        original.Results.Where(r => rules.Contains(r.Rule.Id)).Should().HaveCount(2).And.OnlyContain(r => r.Holds == true);
        changed.Results.Where(r => rules.Contains(r.Rule.Id)).Should().HaveCount(2).And.OnlyContain(r => r.Holds == false);
        var deaths = changed.Results.Single(r => r.Rule.Id == "safety-deaths-text-vs-table");
        new[] { deaths.Printed, deaths.Computed }.Should().BeEquivalentTo(new decimal?[] { 47m, 48m });
    }

    [Fact]
    public void Generate_AClockTimeOrAFigureInAnotherUnit_Changed_TheRulesReportTheirNewOutcome()
    {
        // Line 381: 68个小时 from 6月7日22时18分 to 10日16时 is 65.7 hours; to 10日18时 it would be 67.7, 68 as printed.
        // Line 154: 128795G内存 against 13.1T内存 (line 132); 13415G is 13.1T at 1024G to the terabyte.
        var rules = new[] { "lng-6-7-handling-hours", "cloud-memory-twice" };
        using var seeds = SeedCopies.Reworded([(381, "10 日 16 时", "10 日 18 时"), (154, "128795G", "13415G")]);

        var files = DatasetGenerator.Make(seeds.Path, TestContext.Current.CancellationToken);

        var seed = SeedInputs.FromDirectory(seeds.Path).Seed;
        var changed = Yearbook.Load(new InMemoryDataFileSource(files), new SeedIdentity(seed.Sha256, seed.LineCount)).CheckConsistency();
        Yearbook.Default.CheckConsistency().Results.Where(r => rules.Contains(r.Rule.Id)).Should().HaveCount(2).And.OnlyContain(r => r.Holds == false);
        changed.Results.Where(r => rules.Contains(r.Rule.Id)).Should().HaveCount(2).And.OnlyContain(r => r.Holds == true);
        changed.Results.Single(r => r.Rule.Id == "lng-6-7-handling-hours").Rule.Operands[0].To!.Quote.Should().Be("10日18时");
    }

    [Fact]
    public void Extract_ABulletinsListPairedByRespectively_PairsEachItemWithItsValue()
    {
        // Line 230 worded as the monthly safety bulletins word it: three counts, then their three changes.
        using var seeds = SeedCopies.Reworded([(230, "全市发生生产安全事 故59起、死亡47人,比2019年分别下降 28.9%、37.3%",
            "全市共发生各类生产安全事故59起、死亡47人、受伤12人,同比分别下降28.9%、37.3%、14.3%")]);

        var extraction = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        var changes = extraction.Figures.Where(f => f.Source.Line == 230 && f.Unit == "%").ToList();
        changes.Select(f => f.Value).Should().Equal("28.9", "37.3", "14.3");
        changes[0].Label.Should().EndWith("生产安全事故下降");
        changes.Skip(1).Select(f => f.Label).Should().Equal("死亡下降", "受伤下降");
        changes.Select(f => f.NormalizedValue).Should().Equal(-28.9m, -37.3m, -14.3m);
        extraction.UnreadSentences.Should().BeEmpty();
    }

    [Fact]
    public void Extract_AListLongerThanItsValues_IsReportedNotGuessed()
    {
        // Three counts and two changes: which count each change belongs to is not in the text.
        using var seeds = SeedCopies.Reworded([(230, "全市发生生产安全事 故59起、死亡47人,比2019年分别下降 28.9%、37.3%",
            "全市共发生各类生产安全事故59起、死亡47人、受伤12人,同比分别下降28.9%、37.3%")]);

        var extraction = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        extraction.Figures.Where(f => f.Source.Line == 230 && f.Unit == "%").Select(f => f.Label)
            .Should().NotContain(l => l.Contains("死亡", StringComparison.Ordinal) || l.Contains("受伤", StringComparison.Ordinal));
        var unpaired = extraction.UnreadSentences.Should().ContainSingle().Which;
        (unpaired.Line, unpaired.Kind, unpaired.Cue).Should().Be((230, CueKind.UnpairedList, "分别 (3 items, 2 values)"));
        unpaired.Sentence.Should().Contain("受伤12人");
    }

    [Fact]
    public void Extract_MeetingHeadsInOtherFamilies_GiveTheSameMeetingsOnTheirDates()
    {
        using var seeds = SeedCopies.Reworded(
        [
            (29, "4月30 日举行", "4月30日(周四)晚上举行"),
            (35, "八届市政府八次全体会议 7月31 日举行。", "7月 31 日,八届市政府八次全体会议举行。"),
            (41, "八届市政府第六十八次常务会议 1 月19日召开。", "八届市政府第六十八次常务会议于2020年1月19日(星期日)上午召开。"),
            (45, "2 月 27 日召开", "２月２７日下午召开"),
            (47, "八届市政府第七十次常务会议 3月 16日召开。", "3月16日,八届市政府第七十次常务会议在市行政中心召开。"),
            (51, "八届市政府第七十二次常务会议 4 月 21 日召开。", "4月21日至22日,市政府召开八届市政府第七十二次常务会议。"),
        ]);

        var meetings = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path)).Meetings;

        meetings.Select(m => (m.Id, m.Purpose, m.AgendaItems.Length, m.Attendees.Length))
            .Should().Equal(Yearbook.Default.Meetings.Select(m => (m.Id, m.Purpose, m.AgendaItems.Length, m.Attendees.Length)));
        meetings.Where(m => m.Number is 7 or 8 or 68 or 69 or 70 or 72).Select(m => m.Date).Should().Equal(
            new DateOnly(2020, 4, 30), new DateOnly(2020, 7, 31), new DateOnly(2020, 1, 19), new DateOnly(2020, 2, 27),
            new DateOnly(2020, 3, 16), new DateOnly(2020, 4, 21));
    }

    [Fact]
    public void Extract_MeetingHeadsNoFamilyReads_AreAllReportedInOneError()
    {
        using var seeds = SeedCopies.Reworded(
        [
            (53, "5 月13日召开", "五月十三日召开"),
            (59, "八届市政府第七十四次常务会议", "市政府第七十四次常务会议"),
        ]);

        var extract = () => DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        var error = extract.Should().Throw<ExtractorException>().Which;
        error.Line.Should().Be(53);
        error.Message.Should().Contain("2 meeting paragraph(s)")
            .And.Contain("line 53: '八届市政府第七十三次常务会议五月十三日召开")
            .And.Contain("line 59: '市政府第七十四次常务会议5月28日召开")
            .And.Contain("but not the date");
    }

    [Fact]
    public void Extract_HonoursWordedWithOtherVerbs_PeopleAndUnitsAlike_AreRead()
    {
        using var seeds = SeedCopies.Reworded(
        [
            (176, "吕京娜等4人被授予", "吕京娜等4人被表彰为"),
            (176, "等2家单位被授予", "等2家单位荣膺"),
            (206, "遴选出黄杏江等10人为", "黄杏江等10人被评为"),
        ]);

        var extraction = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        var honours = extraction.Honours;
        honours.Where(h => h.Title == "浙江省模范退役军人").Select(h => h.Recipient).Should().Equal("王伟民", "张纪东", "陈添鑫", "吕京娜");
        honours.Where(h => h.Title == "浙江省退役军人工作模范单位").Should().HaveCount(2)
            .And.OnlyContain(h => h.RecipientKind == RecipientKind.Organisation && h.CohortSize == 2);
        var chosen = honours.Should().ContainSingle(h => h.Recipient == "黄杏江").Which;
        (chosen.Title, chosen.CohortSize).Should().Be(("2020年绍兴市\"最美退役军人\"", 10));
        extraction.UnreadSentences.Should().BeEmpty();
    }

    [Fact]
    public void Extract_ACueSentenceNoRecordReads_IsListedWithItsLineAndCue()
    {
        // Line 323 gains a casualty no record counts; line 206's honour becomes a wording no family reads.
        using var seeds = SeedCopies.Reworded(
        [
            (323, "剩余10个全部开工建设;", "剩余10个全部开工建设,施工中未造成人员死亡;"),
            (206, "遴选出黄杏江等10人为2020年绍兴市\"最美退役军人\"", "黄杏江等10人的事迹入选全省宣传名录"),
        ]);

        var unread = DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path)).UnreadSentences;

        unread.Select(u => (u.Line, u.Kind, u.Cue)).Should().Equal((206, CueKind.Honour, "入选"), (323, CueKind.Casualty, "死亡"));
        unread[1].Sentence.Should().Contain("施工中未造成人员死亡");
    }

    [Fact]
    public void Check_ASentenceThatStopsBeingRead_FailsByNameInTheUnreadReport()
    {
        using var seeds = SeedCopies.Reworded([(323, "剩余10个全部开工建设;", "剩余10个全部开工建设,施工中未造成人员死亡;")]);

        var differences = DatasetGenerator.Check(seeds.Path, RepositoryPaths.Data);

        var report = differences.Should().ContainSingle(d => d.FileName == CueSentences.FileName).Which;
        report.Expected.Should().StartWith("323\ts5-e23\tcasualty\t死亡\t").And.Contain("施工中未造成人员死亡");
    }

    [Fact]
    public void Extract_ACorrectionWhosePhraseWasReworded_FailsNamingLineAndPhrase()
    {
        // corrections.json repairs 推讲 on line 49; a text that no longer has it must not be repaired silently.
        using var seeds = SeedCopies.Reworded([(49, "推讲", "推动")]);

        var extract = () => DatasetExtractor.Extract(SeedInputs.FromDirectory(seeds.Path));

        var error = extract.Should().Throw<ExtractorException>().Which;
        error.Line.Should().Be(49);
        error.Message.Should().Contain("推讲");
    }

}
