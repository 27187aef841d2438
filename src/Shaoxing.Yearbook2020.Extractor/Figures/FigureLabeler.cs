using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>
/// Gives each number the noun phrase it quantifies, from its own clause, by family:
/// <list type="number">
/// <item>a noun right after the measure word (<c>292个涉爆车间</c>, <c>13.1T内存</c>, <c>3个乡镇11个行政村</c>), or after 的
/// for a share (<c>71%的民生事项</c>);</item>
/// <item>a compound count (<c>8项37条清单</c>, <c>6个品种7234件</c>) takes the noun of the count it belongs to;</item>
/// <item>otherwise the words before the number back to the clause's start or the previous figure, without
/// the scope words (全市, 市本级 …), connectives and adverbs (其中, 共, 累计, 先后 …) at their start and the bounding,
/// linking and ranking words (超过, 达到, 为, 列 …) at their end (<c>注册用户74252人</c>, <c>城市综合经济实力居全国第31位</c>);</item>
/// <item>the n-th number after 分别 takes the label of the n-th figure its sentence printed before 分别, with the verb
/// (<c>59起、死亡47人,比2019年分别下降28.9%、37.3%</c>), where the two lists are as long; a bare 占比 takes the label of the part it is a share of;</item>
/// <item>where the clause names nothing but a scope or a verb (<c>越城区5443路</c>, <c>提高至675个</c>), the label of
/// the previous figure of the sentence, else the rest of the clause after the number, else the clause before;</item>
/// <item>then the label is made to say what is counted: people counted after their names (<c>黄杏江等10人为…"最美退役军人"</c>)
/// count the title they are given; a ranking names what is ranked (<c>在…考核中,绍兴市列第五位</c>, <c>获得小组项目第1名</c>);
/// a bare predicate or adjective takes its noun from the figure it continues (<c>房屋倒塌121间、受损144间(严重61间…)</c>);
/// a bare rate takes the object of its verb (<c>实现"一网通办"1.8万项,实现率100%</c>); a list's verb is not part of the noun.</item>
/// </list>
/// </summary>
internal static class FigureLabeler
{
    private const string HardStops = ",，。;；:：!！?？\n—";

    private const string SentenceStops = "。;；!！?？\n";

    private const string Quotes = "\"“”'‘’";

    /// <summary>Words that scope a figure rather than say what it counts.</summary>
    private static readonly ImmutableArray<string> ScopeWords =
        ["市、县两级", "市县两级", "市本级", "全市", "全省", "全国", "当地", "周边"];

    /// <summary>The areas of the city: a label that is only one of them is a scope (其中市本级53756路、越城区5443路).</summary>
    private static readonly ImmutableArray<string> Districts =
        ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县"];

    /// <summary>Connectives, adverbs and time words that open a clause without saying what is counted.</summary>
    private static readonly ImmutableArray<string> LeadingWords =
    [
        .. new[]
        {
            "至年末", "年内", "全年", "目前", "其间", "其中", "其余", "剩余", "以及", "同时", "共有", "总计", "合计", "累计", "先后",
            "分别", "依托", "以上", "以下", "设有", "发生", "造成", "按照", "获得", "全部", "经过", "完成", "并", "和", "及", "与", "共", "均", "已",
            "另", "还", "再", "为", "对", "向", "从", "在", "由", "将", "有", "、", "+",
        }.OrderByDescending(w => w.Length),
    ];

    /// <summary>Words that end the words before a number without being what it counts: bounds, links, ranking verbs.</summary>
    private static readonly ImmutableArray<string> TrailingWords =
    [
        .. new[]
        {
            "约为", "超过", "突破", "不足", "不到", "不少于", "至少", "达到", "总计", "共计", "合计", "约", "超", "近", "逾", "达", "为",
            "至", "到", "仅", "共", "计", "第", "前", "的", "从", "由", "各", "有", "已", "、", "居", "列", "获", "获得", "分获",
            "全国", "全省", "全市", "总数", "等", "平均", "均",
        }.OrderByDescending(w => w.Length),
    ];

    /// <summary>Words that end the noun after a measure word: the predicate or the next item begins.</summary>
    private static readonly ImmutableArray<string> PredicateWords =
    [
        .. new[]
        {
            "完成", "实现", "入选", "进入", "进行", "参加", "参赛", "参与", "提供", "签订", "开展", "被", "均", "已", "全部", "于", "在",
            "上线", "入驻", "纳入", "配备", "推行", "做好", "到", "驻守", "传授", "连续", "缩短", "增加", "下降", "提高", "用于",
            "压缩", "减少",
            "配发", "覆盖", "获", "分获", "列", "为", "和", "及", "与", "以及", "并", "对", "的", "受理", "发生", "基础上", "实行",
            "达", "明确", "开工", "通过", "采取", "按照", "可", "之一", "受益", "启动", "发放", "全覆盖", "判定", "滚动", "上循环",
            "集中", "约", "提升", "作典型", "作工作",
        }.OrderByDescending(w => w.Length),
    ];

    /// <summary>Labels that say nothing about what is counted when they stand alone.</summary>
    private static readonly FrozenSet<string> Bare = ((string[])
        [
            .. ScopeWords, .. Districts, .. LeadingWords, .. TrailingWords,
            "提供", "组建", "组织", "投入", "建成", "完成", "发现", "开展", "制定", "指导", "抽调", "聘请", "接入", "包含", "摸清",
            "新增", "上线", "覆盖", "设置", "造成", "调集", "实现", "提高", "下降", "增加", "缩短", "处", "比", "归集", "下降至",
            "压缩", "减少",
        ]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that begin with a connective but are not one: 对接 is not 对 + 接, 并入 not 并 + 入.</summary>
    private static readonly ImmutableArray<string> Unsplittable = ["对接", "对外", "并入", "在建", "在线", "共享", "共建", "为民"];

    /// <summary>Units that are themselves what is counted (浙江等6省, 36.7万农户, 5车碰撞).</summary>
    private static readonly ImmutableArray<string> NounUnits = ["省", "农户", "车"];

    /// <summary>Units that count people: a list of names before them (王伟民、张纪东等4人) says who, not what is counted.</summary>
    private static readonly ImmutableArray<string> PersonUnits = ["人", "名"];

    /// <summary>Words after a count of named people that give what they were made or given.</summary>
    private static readonly ImmutableArray<string> TitleVerbs =
        [.. new[] { "被授予", "被评为", "被命名为", "被表彰为", "荣获", "获评", "获得", "获", "为" }.OrderByDescending(w => w.Length)];

    /// <summary>Verbs that win a place: what follows them in a ranking's label is what is ranked (获得小组项目第1名).</summary>
    private static readonly ImmutableArray<string> RankVerbs = ["获得", "分获", "荣获", "获"];

    /// <summary>Verbs that open a list of items; the label is what comes before them (民生实事涉及…、…等十方面).</summary>
    private static readonly ImmutableArray<string> ListVerbs = ["涉及", "包括", "涵盖", "包含"];

    /// <summary>Adjectives that grade what the figure they qualify counts (受损144间(严重61间、一般83间)).</summary>
    private static readonly ImmutableArray<string> Grades = ["严重", "一般", "轻微", "轻度", "中度", "重度"];

    /// <summary>The assessment a ranking was won in: 在省政府对设区市政府…责任考核中,绍兴市列第五位.</summary>
    private static readonly Regex RankedIn = new(
        "在([^。;；!！?？在]{2,60}?(?:考核|考评|评比|评选|评价|测评|活动|竞赛|比赛|大赛|排名|排行榜))中",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex YearInside = new("[0-9]{4}年度?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex LeadingTitleYear = new("^[0-9]{4}年?度?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Measure words after which a second number counts the items of the same thing (6个品种7234件).</summary>
    private static readonly ImmutableArray<string> Classifiers = ["个", "种", "类", "项"];

    private static readonly Regex TrailingYear = new("由?[0-9]{4}年$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex LeadingYear = new("^[0-9]{4}年度?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>How a quantity changed (登记审批时间明显缩短), which is no part of what it is; a bare 下降 stays, since it
    /// gives a percentage its sign.</summary>
    private static readonly Regex TrailingChange = new(
        "(?:明显|大幅|显著|大大|进一步)(?:缩短|压缩|提升|提高|减少|增加)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Labels the figures of a parsed text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its numbers in text order, unlabelled.</param>
    /// <returns>The numbers with <see cref="NumberToken.Label"/> and <see cref="NumberToken.Scope"/> set; excluded numbers keep an empty label.</returns>
    public static ImmutableArray<NumberToken> Label(string text, IReadOnlyList<NumberToken> tokens)
    {
        var figures = tokens.Where(t => t.IsFigure).ToList();
        var result = new Dictionary<NumberToken, NumberToken>(ReferenceEqualityComparer.Instance);
        // Numbers that are names (110报警定位点, 4G图传系统) belong to the noun they stand in.
        var nameLike = new bool[text.Length + 1];
        foreach (var excluded in tokens.Where(t => t.Exclusion is NumberExclusions.ServiceNumber or NumberExclusions.Code or NumberExclusions.QuotedName))
        {
            Array.Fill(nameLike, true, excluded.Start, excluded.Quote.Length);
        }

        var afterNouns = figures.Select(t => ChineseNoun(t) ?? AfterNoun(text, t, nameLike)).ToList();
        var labelled = new List<NumberToken>();
        // The labels made of a subject and a predicate (房屋 + 受损), by figure, for the grades that qualify them.
        var predicates = new Dictionary<int, (string Subject, string Predicate)>();

        // Everything a figure looks up is found without scanning the text or the figures from it, so that a sentence
        // of thousands of figures costs in proportion to its length: the stops are found once, the figures are in
        // text order (so those of a sentence, or after a position, are a range found by halving), and the
        // percentages and the other figures are counted once.
        var sentenceStops = new StopPositions(text, SentenceStops);
        var hardStops = new StopPositions(text, HardStops);
        var respectivelyBefore = LastRespectivelyBefore(text);
        var starts = figures.Select(t => t.Start).ToArray();
        var sharesBefore = new int[figures.Count + 1];
        var others = new List<int>();
        var othersBefore = new int[figures.Count + 1];
        for (var j = 0; j < figures.Count; j++)
        {
            sharesBefore[j + 1] = sharesBefore[j] + (figures[j].Unit == "%" ? 1 : 0);
            othersBefore[j + 1] = othersBefore[j] + (figures[j].Unit == "%" ? 0 : 1);
            if (figures[j].Unit != "%")
            {
                others.Add(j);
            }
        }

        int FirstStartingAtOrAfter(int position)
        {
            var index = Array.BinarySearch(starts, position);
            if (index < 0)
            {
                return ~index;
            }

            while (index > 0 && starts[index - 1] == position)
            {
                index--;
            }

            return index;
        }

        for (var i = 0; i < figures.Count; i++)
        {
            var token = figures[i];
            var previous = i > 0 ? labelled[i - 1] : null;
            var boundary = previous is null ? 0 : previous.End;
            var sentenceStart = sentenceStops.LastBefore(token.Start) + 1;
            var sentenceFirst = Math.Min(FirstStartingAtOrAfter(sentenceStart), i);
            var lastInSentence = sentenceFirst < i ? labelled[i - 1] : null;
            // The second number of a range (15-30个工作日) lies inside the quote of the first.
            var clauseStart = Math.Min(token.Start, Math.Max(boundary, hardStops.LastBefore(token.Start) + 1));
            var rawBefore = text[clauseStart..token.Start];

            // The previous number's noun is not part of this number's clause: 84个乡镇(街道)、覆盖率81.6%.
            var previousNoun = i > 0 ? afterNouns[i - 1] : string.Empty;
            var ownBefore = previousNoun.Length > 0 && Clean(rawBefore).StartsWith(previousNoun, StringComparison.Ordinal) && Clean(rawBefore) != previousNoun
                ? Clean(rawBefore)[previousNoun.Length..]
                : rawBefore;
            var (before, scope) = Strip(ownBefore);
            var after = afterNouns[i];
            var isRank = token.IsRank;
            var isShare = token.Unit == "%";
            string? label = null;

            // 分别: the n-th number after it belongs to the n-th figure printed before it in the sentence.
            var respectively = respectivelyBefore[token.Start + 1] > sentenceStart ? respectivelyBefore[token.Start + 1] : -1;
            if (label is null && respectively >= 0 && isShare)
            {
                var firstListed = Math.Max(sentenceFirst, FirstStartingAtOrAfter(respectively + 1));
                var listedCount = i - firstListed;
                var stop = Math.Max(hardStops.NextFrom(token.Start), token.Start + 1);
                var count = listedCount + 1 + (sharesBefore[FirstStartingAtOrAfter(stop)] - sharesBefore[i + 1]);
                var ownersEnd = Math.Min(FirstStartingAtOrAfter(respectively), i);
                var ownersCount = othersBefore[ownersEnd] - othersBefore[sentenceFirst];
                // A list whose length differs from the values' (59起、死亡47人、受伤3人,分别下降28.9%、37.3%) is not
                // paired by guess: its values keep the labels their own clause gives, and the sentence is reported.
                if (ownersCount == count)
                {
                    var owner = labelled[others[othersBefore[sentenceFirst] + ownersCount - count + listedCount]];
                    var verb = Clean(text[(respectively + 2)..(listedCount > 0 ? labelled[firstListed].Start : token.Start)]);
                    label = owner.Label + (verb.Length is > 0 and <= 4 ? verb : string.Empty);
                }
            }

            if (NounUnits.FirstOrDefault(u => token.Unit == u || token.Unit == "万" + u) is { } nounUnit)
            {
                label = nounUnit;
            }

            if (label is null && !isRank && after.Length >= 2 && (!isShare || text.AsSpan(token.End).StartsWith("的")))
            {
                label = after;
            }

            // A count that belongs to the next one (8项37条清单) takes its noun.
            if (label is null && !isRank && i + 1 < figures.Count && figures[i + 1].Start == token.End && afterNouns[i + 1].Length >= 2)
            {
                label = afterNouns[i + 1];
            }

            // A count of what the previous figure's noun names (6个品种7234件) is a count of the same thing.
            // After an attribute (35℃以上高温天气36天) the second number counts the noun itself.
            if (label is null && previous is not null && previousNoun.Length > 0 && Clean(rawBefore) == previousNoun)
            {
                label = Classifiers.Contains(previous.Unit ?? string.Empty)
                    ? LastInSentence(labelled, sentenceFirst, i, token.Unit)?.Label
                        ?? NonBare(Strip(text[Math.Max(i > 1 ? labelled[i - 2].End : 0, hardStops.LastBefore(previous.Start) + 1)..previous.Start]).Label)
                    : previousNoun;
            }

            if (label is null && before == "占比" && lastInSentence is not null)
            {
                label = lastInSentence.Label + before;
            }

            // The rest of a whole printed before it (292个涉爆车间…其余8个) is a count of the same thing.
            var rest = Clean(ownBefore);
            if (label is null && (rest.StartsWith("其余", StringComparison.Ordinal) || rest.StartsWith("剩余", StringComparison.Ordinal)))
            {
                label = FirstInSentence(labelled, sentenceFirst, i, token.Unit)?.Label;
            }

            label ??= NonBare(before)
                ?? NonBare(lastInSentence?.Label)
                ?? NonBare(Strip(Tail(text, token.End)).Label)
                ?? NonBare(Strip(text[Math.Max(sentenceStart, hardStops.LastBefore(clauseStart - 1) + 1)..Math.Max(sentenceStart, clauseStart - 1)]).Label)
                ?? string.Empty;

            if (label == before)
            {
                label = WhatIsCounted(text, token, label, rawBefore, lastInSentence, i, predicates);
            }

            var grade = Grades.Contains(label) ? ParenthesisOwner(text, labelled, sentenceFirst, i, token.Start - 1, sentenceStart) : -1;
            if (grade >= 0)
            {
                label = predicates.TryGetValue(grade, out var owner) ? label + owner.Predicate + owner.Subject : label + labelled[grade].Label;
            }

            if (isRank)
            {
                (label, var rankScope) = WhatIsRanked(text[sentenceStart..token.Start], label);
                scope ??= rankScope;
            }

            if (scope is null && Districts.Contains(Clean(rawBefore)))
            {
                scope = Clean(rawBefore);
            }

            // A percentage after 下降 is a fall: 比2019年分别下降28.9%、37.3% are changes of −28.9% and −37.3%.
            var falls = isShare && label.EndsWith("下降", StringComparison.Ordinal);
            var labelledToken = token with { Label = label, Scope = scope, NormalizedValue = falls ? -token.NormalizedValue : token.NormalizedValue };
            labelled.Add(labelledToken);
            result[token] = labelledToken;
        }

        return [.. tokens.Select(t => result.TryGetValue(t, out var l) ? l : t)];
    }

    /// <summary>Turns a label taken from the words before a number into what the number counts, where those words are
    /// names, a bare predicate or rate, or a list's verb.</summary>
    private static string WhatIsCounted(
        string text, NumberToken token, string label, string rawBefore, NumberToken? lastInSentence, int index,
        Dictionary<int, (string Subject, string Predicate)> predicates)
    {
        var raw = Clean(rawBefore);

        // 王伟民、张纪东等4人被授予"浙江省模范退役军人": the people are counted as what they were made, never by name.
        if (PersonUnits.Contains(token.Unit ?? string.Empty) && raw.EndsWith('等'))
        {
            return TitleAfter(text, token.End) ?? "人员";
        }

        // 民生实事涉及A、B、C等十方面: the items are examples of what is counted, named before the list's verb.
        if (raw.EndsWith('等') && label.Contains('、', StringComparison.Ordinal))
        {
            var firstItem = label.IndexOf('、', StringComparison.Ordinal);
            foreach (var verb in ListVerbs)
            {
                var at = label.IndexOf(verb, StringComparison.Ordinal);
                if (at > 0 && at < firstItem && NonBare(Strip(label[..at]).Label) is { } owner)
                {
                    return owner;
                }
            }
        }

        // 房屋倒塌121间、受损144间: a bare predicate in a list shares the subject of the figure before it, where that
        // figure's label is a two-character subject and predicate (房屋倒塌, 农田受灾) or the grades that follow say it is
        // a state (受损144间(严重61间…)); 建设旅馆式管理总台83个、分部310个 lists nouns, not predicates.
        if (lastInSentence is not null && raw.Length == label.Length && rawBefore.TrimStart().StartsWith('、') && label.Length == 2
            && lastInSentence.Unit == token.Unit && !lastInSentence.Label.EndsWith(label, StringComparison.Ordinal)
            && (lastInSentence.Label.Length == 4 || GradesFollow(text, token.End))
            && NonBare(lastInSentence.Label[..^2]) is { } subject && !label.EndsWith('率') && !Grades.Contains(label))
        {
            predicates[index] = (subject, label);
            return subject + label;
        }

        // 实现"一网通办"1.8万项,实现率100%: a rate named by its verb alone is the rate of what the figure before realised.
        if (lastInSentence is not null && label.Length == 3 && label[2] == '率')
        {
            var verb = label[..2];
            var at = lastInSentence.Label.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && lastInSentence.Label.Length > verb.Length)
            {
                return lastInSentence.Label.Remove(at, verb.Length) + label;
            }
        }

        return label;
    }

    /// <summary>Whether a parenthesis of grades follows a figure: 受损144间(严重61间、一般83间).</summary>
    private static bool GradesFollow(string text, int end) =>
        end < text.Length && text[end] is '(' or '（' && Grades.Any(g => text.AsSpan(end + 1).StartsWith(g, StringComparison.Ordinal));

    /// <summary>What named people were made or given, from the words after their count (为2020年绍兴市"最美退役军人").</summary>
    private static string? TitleAfter(string text, int from)
    {
        foreach (var verb in TitleVerbs)
        {
            if (text.AsSpan(from).StartsWith(verb, StringComparison.Ordinal))
            {
                var title = LeadingTitleYear.Replace(Clean(text[(from + verb.Length)..NextStop(text, from)]), string.Empty);
                foreach (var honorific in (string[])["荣誉称号", "称号"])
                {
                    title = title.EndsWith(honorific, StringComparison.Ordinal) && title.Length > honorific.Length ? title[..^honorific.Length] : title;
                }

                return NonBare(title);
            }
        }

        return null;
    }

    /// <summary>The figure a parenthesis qualifies (受损144间(严重61间、一般83间)): the one printed right before its
    /// opening bracket, searched back from <paramref name="position"/> to the sentence's start; -1 when there is none.</summary>
    private static int ParenthesisOwner(string text, List<NumberToken> labelled, int from, int to, int position, int sentenceStart)
    {
        var depth = 0;
        for (var p = position; p >= sentenceStart; p--)
        {
            if (text[p] is ')' or '）')
            {
                depth++;
            }
            else if (text[p] is '(' or '（' && depth-- == 0)
            {
                for (var j = to - 1; j >= from; j--)
                {
                    if (labelled[j].End == p)
                    {
                        return j;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    /// <summary>What a ranking ranks: the assessment its sentence names (在…考核中), else what follows the verb that won it;
    /// the ranked body (绍兴市, a team) is not the measure.</summary>
    private static (string Label, string? Scope) WhatIsRanked(string sentenceBefore, string label)
    {
        var contexts = RankedIn.Matches(sentenceBefore);
        if (contexts.Count > 0)
        {
            var (measure, scope) = Strip(YearInside.Replace(contexts[^1].Groups[1].Value, string.Empty));
            if (NonBare(measure) is { } named)
            {
                return (named, scope);
            }
        }

        foreach (var verb in RankVerbs)
        {
            var at = label.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at + verb.Length < label.Length)
            {
                var (won, scope) = Strip(label[(at + verb.Length)..]);
                won = won.Length > 1 && won[0] == '各' ? won[1..] : won;
                if (NonBare(won) is { } named)
                {
                    return (named, scope);
                }
            }
        }

        return (label, null);
    }

    /// <summary>The first of the labelled figures <paramref name="from"/>..<paramref name="to"/> (excluded) in a unit.</summary>
    private static NumberToken? FirstInSentence(List<NumberToken> labelled, int from, int to, string? unit)
    {
        for (var j = from; j < to; j++)
        {
            if (labelled[j].Unit == unit)
            {
                return labelled[j];
            }
        }

        return null;
    }

    /// <summary>The last of the labelled figures <paramref name="from"/>..<paramref name="to"/> (excluded) in a unit.</summary>
    private static NumberToken? LastInSentence(List<NumberToken> labelled, int from, int to, string? unit)
    {
        for (var j = to - 1; j >= from; j--)
        {
            if (labelled[j].Unit == unit)
            {
                return labelled[j];
            }
        }

        return null;
    }

    /// <summary>For every position, where the last 分别 that ends before the character there begins (-1 when none).</summary>
    private static int[] LastRespectivelyBefore(string text)
    {
        var last = new int[text.Length + 1];
        last[0] = -1;
        for (var p = 1; p <= text.Length; p++)
        {
            last[p] = p >= 2 && text[p - 2] == '分' && text[p - 1] == '别' ? p - 2 : last[p - 1];
        }

        return last;
    }

    /// <summary>The noun right after a number's quote and bounding words, up to the predicate, a stop or the next number.</summary>
    private static string AfterNoun(string text, NumberToken token, bool[] nameLike)
    {
        var pos = token.End;
        if (pos < text.Length && text[pos] == '的')
        {
            pos++;
        }

        var start = pos;

        // The items that reach a named goal: 386项实现"全市域通办".
        if (text.AsSpan(pos).StartsWith("实现") && pos + 2 < text.Length && Quotes.Contains(text[pos + 2], StringComparison.Ordinal))
        {
            var close = text.IndexOfAny(Quotes.ToCharArray(), pos + 3);
            return close < 0 ? string.Empty : Clean(text[pos..(close + 1)]);
        }

        // What the people won: 2人获个人三等功,8人获嘉奖.
        if (pos < text.Length && text[pos] == '获' && token.Unit is "人" or "名")
        {
            var stop = NextStop(text, pos);
            return Clean(text[pos..stop]);
        }

        // A predicate right after the number: the number says how many do something, the noun is before it.
        if (PredicateWords.Any(w => text.AsSpan(pos).StartsWith(w, StringComparison.Ordinal)))
        {
            return string.Empty;
        }

        var lastList = -1;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (nameLike[pos])
            {
                pos++;
                continue;
            }

            if (Quotes.Contains(c, StringComparison.Ordinal))
            {
                // A quoted name is part of the noun when it opens it or closes it ("楼长", 县级"全国示范型…中心").
                var close = text.IndexOfAny(Quotes.ToCharArray(), pos + 1);
                var closesNoun = close >= 0 && (close + 1 >= text.Length || HardStops.Contains(text[close + 1], StringComparison.Ordinal)
                    || PredicateWords.Any(w => text.AsSpan(close + 1).StartsWith(w, StringComparison.Ordinal)));
                if (close < 0 || close - pos > 20 || (pos > start && !closesNoun))
                {
                    break;
                }

                pos = close + 1;
                continue;
            }

            if (c is '(' or '（')
            {
                var close = text.IndexOfAny([')', '）'], pos);
                if (close < 0 || close - pos > 10)
                {
                    break;
                }

                pos = close + 1;
                continue;
            }

            if (HardStops.Contains(c, StringComparison.Ordinal) || c is ')' or '）' or '/' or '+' or '《')
            {
                break;
            }

            if (char.IsAsciiDigit(c))
            {
                // The list goes on with a number of its own: its last item is not part of this noun.
                if (lastList > start)
                {
                    pos = lastList;
                }

                break;
            }

            if (c == '、')
            {
                if (pos == start)
                {
                    break;
                }

                lastList = pos;
                pos++;
                continue;
            }

            if (pos > start && PredicateWords.Any(w => text.AsSpan(pos).StartsWith(w, StringComparison.Ordinal)))
            {
                break;
            }

            pos++;
        }

        return Clean(text[start..pos]);
    }

    /// <summary>The noun printed inside a Chinese numeral's own phrase: 三项制度 → 制度, 五个项目 → 项目.</summary>
    private static string? ChineseNoun(NumberToken token)
    {
        var at = token.Quote.IndexOf(token.Value, StringComparison.Ordinal);
        if (at < 0 || token.Value.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var rest = token.Quote[(at + token.Value.Length)..];
        var noun = token.Unit is not null && rest.StartsWith(token.Unit, StringComparison.Ordinal) ? rest[token.Unit.Length..] : string.Empty;
        return noun.Length > 0 ? noun : null;
    }

    /// <summary>Takes the scope words, connectives and time words off the start of the words before a number, and the
    /// bounding and linking words off their end.</summary>
    private static (string Label, string? Scope) Strip(string words)
    {
        var label = Clean(words);
        string? scope = null;
        bool changed;
        do
        {
            changed = false;
            var year = LeadingYear.Match(label);
            if (year.Success && year.Length < label.Length)
            {
                label = label[year.Length..];
                changed = true;
            }

            foreach (var word in ScopeWords)
            {
                if (label.StartsWith(word, StringComparison.Ordinal) && label.Length > word.Length)
                {
                    scope ??= word;
                    label = label[word.Length..];
                    changed = true;
                }
            }

            foreach (var word in LeadingWords)
            {
                if (label.StartsWith(word, StringComparison.Ordinal) && label.Length > word.Length
                    && !Unsplittable.Any(u => label.StartsWith(u, StringComparison.Ordinal)))
                {
                    label = label[word.Length..];
                    changed = true;
                }
            }

            var trailingChange = TrailingChange.Match(label);
            if (trailingChange.Success && trailingChange.Index >= 2)
            {
                label = label[..trailingChange.Index];
                changed = true;
            }

            var trailingYear = TrailingYear.Match(label);
            if (trailingYear.Success && trailingYear.Index > 0)
            {
                label = label[..trailingYear.Index];
                changed = true;
            }

            foreach (var word in TrailingWords)
            {
                // 行为 (conduct) ends in 为 without being linked by it, 人均 (per head) in 均 without being a bound.
                if (label.EndsWith(word, StringComparison.Ordinal) && label.Length > word.Length && !label.EndsWith("行为", StringComparison.Ordinal)
                    && !label.EndsWith("人均", StringComparison.Ordinal))
                {
                    if (ScopeWords.Contains(word))
                    {
                        scope ??= word;
                    }

                    label = label[..^word.Length];
                    changed = true;
                }
            }

            label = Clean(label);
        }
        while (changed);

        if (ScopeWords.Contains(label))
        {
            scope ??= label;
        }

        return (label, scope);
    }

    private static string Clean(string words)
    {
        var cleaned = new string([.. words.Where(c => !Quotes.Contains(c, StringComparison.Ordinal))]).Trim().Trim('、', ' ');
        cleaned = cleaned.TrimStart(')', '）').TrimEnd('(', '（');
        var open = cleaned.Count(c => c is '(' or '（');
        var close = cleaned.Count(c => c is ')' or '）');
        return open == close ? cleaned : open > close ? cleaned.TrimStart('(', '（') : cleaned.TrimEnd(')', '）');
    }

    private static string? NonBare(string? label) =>
        label is null || label.Length == 0 || Bare.Contains(label) || label.All(c => !IsCjkOrLatin(c)) ? null : label;

    private static bool IsCjkOrLatin(char c) => char.IsAsciiLetter(c) || (c >= '\u4e00' && c <= '\u9fff');

    /// <summary>The rest of a clause after a number, up to the next number.</summary>
    private static string Tail(string text, int from)
    {
        var end = from;
        while (end < text.Length && !HardStops.Contains(text[end], StringComparison.Ordinal) && !char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return text[from..end];
    }

    private static int NextStop(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (HardStops.Contains(text[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return text.Length;
    }
}
