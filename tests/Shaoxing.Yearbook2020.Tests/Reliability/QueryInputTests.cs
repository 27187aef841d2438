using System.Collections;
using System.Reflection;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// Null, empty, whitespace, very long and non-Chinese input to every public query
/// helper. The convention (documented on each method with <c>&lt;exception&gt;</c>):
/// <list type="bullet">
/// <item>null → <see cref="ArgumentNullException"/> naming the parameter;</item>
/// <item>empty or whitespace text → <see cref="ArgumentException"/> (not the null subclass) naming the parameter;</item>
/// <item>any other text that matches nothing → an empty result or <see langword="null"/>, never another exception, never a hang;</item>
/// <item>the one deliberate exception: <see cref="RecordCollection{T}.Find(string)"/> is the total id lookup
/// the data's own references go through, so an empty or whitespace id is simply no id (<see langword="null"/>);</item>
/// <item>numbers out of range and undefined enum values → <see cref="ArgumentOutOfRangeException"/> naming the parameter;
/// a number no record has (meeting 0) → <see langword="null"/>.</item>
/// </list>
/// </summary>
public sealed class QueryInputTests
{
    private const string Emergency = "市应急管理局";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly DateOnly July1 = new(2020, 7, 1);
    private static readonly Yearbook Data = Yearbook.Default;

    /// <summary>The bad and foreign inputs every string parameter gets.</summary>
    private static readonly Dictionary<string, string?> Inputs = new(StringComparer.Ordinal)
    {
        ["null"] = null,
        ["empty"] = string.Empty,
        ["space"] = " ",
        ["whitespace"] = "\t\n\u3000 ",
        ["long-ascii"] = string.Concat(Enumerable.Repeat("Kubernetes", 1_000)),
        ["long-cjk"] = new string('龘', 10_000),
        ["kubernetes"] = "Kubernetes",
        ["emoji"] = "🙂",
        ["nul"] = "\u0000",
    };

    /// <summary>
    /// Every string parameter of every public query helper: the method and parameter (as reflection names them),
    /// the call with the other arguments valid, and a known hit (typed from the seed text) proving the call can
    /// find something, so an "always empty" method cannot pass.
    /// </summary>
    private static readonly Dictionary<string, (string Parameter, Func<string, object?> Call, string Hit, bool LenientOnBlank)> Methods =
        new(StringComparer.Ordinal)
        {
            // Line 1 ff.: the sections; 应急管理 is the emergency management section's title.
            ["SectionCollection.FindByTitle(title)"] = ("title", s => Data.Sections.FindByTitle(s), "应急管理", false),
            ["EntryCollection.InSection(sectionId)"] = ("sectionId", s => Data.Entries.InSection(s), "s5", false),
            ["EntryCollection.WithHeading(heading)"] = ("heading", s => Data.Entries.WithHeading(s), "概况", false),
            ["EntryCollection.Search(text)"] = ("text", s => Data.Entries.Search(s), "槽罐车", false),
            ["EntryCollection.Occurrences(text)"] = ("text", s => Data.Entries.Occurrences(s), "槽罐车", false),
            ["AgencyCollection.FindByName(name)"] = ("name", s => Data.Agencies.FindByName(s), "发改委", false),
            ["AgencyCollection.Resolve(idOrName)"] = ("idOrName", s => Data.Agencies.Resolve(s), Emergency, false),
            ["AgencyCollection.ClosestTo(name)"] = ("name", s => Data.Agencies.ClosestTo(s), "应急", false),
            ["AgencyCollection.MatchByName(name)"] = ("name", s => Data.Agencies.MatchByName(s), "发改委", false),
            ["PersonCollection.FindByName(name)"] = ("name", s => Data.People.FindByName(s), "黄立枫", false),
            ["PersonCollection.MatchByName(name)"] = ("name", s => Data.People.MatchByName(s), "黄立枫", false),
            ["PersonCollection.Resolve(idOrName)"] = ("idOrName", s => Data.People.Resolve(s), "黄立枫", false),
            ["PersonCollection.Holders(title)"] = ("title", s => Data.People.Holders(s, Emergency), "局长", false),
            ["PersonCollection.Holders(agencyIdOrName)"] = ("agencyIdOrName", s => Data.People.Holders("局长", s), Emergency, false),
            ["PersonCollection.HolderOn(title)"] = ("title", s => Data.People.HolderOn(s, Emergency, July1), "局长", false),
            ["PersonCollection.HolderOn(agencyIdOrName)"] = ("agencyIdOrName", s => Data.People.HolderOn("局长", s, July1), Emergency, false),
            ["PersonCollection.HoldersInMonth(title)"] = ("title", s => Data.People.HoldersInMonth(s, Emergency, 7), "局长", false),
            ["PersonCollection.HoldersInMonth(agencyIdOrName)"] = ("agencyIdOrName", s => Data.People.HoldersInMonth("局长", s, 7), Emergency, false),
            ["MeetingCollection.WithPresenter(name)"] = ("name", s => Data.Meetings.WithPresenter(s), "孙永国", false),
            ["MeetingCollection.ItemsFromAgency(agencyIdOrName)"] = ("agencyIdOrName", s => Data.Meetings.ItemsFromAgency(s), Emergency, false),
            ["MeetingCollection.WithAgency(agencyIdOrName)"] = ("agencyIdOrName", s => Data.Meetings.WithAgency(s), Emergency, false),
            ["MeetingCollection.WithDocument(text)"] = ("text", s => Data.Meetings.WithDocument(s), "物业管理", false),
            ["MeetingCollection.ItemsMentioning(text)"] = ("text", s => Data.Meetings.ItemsMentioning(s), "安全生产", false),
            ["SafetyIncidentCollection.InDistrict(district)"] = ("district", s => Data.SafetyIncidents.InDistrict(s), "柯桥", false),
            ["SafetyIncidentCollection.FindByCode(code)"] = ("code", s => Data.SafetyIncidents.FindByCode(s), "8·2", false),
            ["DistrictSafetyStatisticsCollection.ForArea(area)"] = ("area", s => Data.DistrictSafetyStatistics.ForArea(s), "诸暨", false),
            ["HonourCollection.ReceivedBy(recipient)"] = ("recipient", s => Data.Honours.ReceivedBy(s), "绍兴市消防救援支队", false),
            ["HonourCollection.WithAffiliation(affiliation)"] = ("affiliation", s => Data.Honours.WithAffiliation(s), "绍兴市消防救援支队", false),
            ["HonourCollection.NominatedBy(nominator)"] = ("nominator", s => Data.Honours.NominatedBy(s), "诸暨市安委办", false),
            ["HonourCollection.WithTitleContaining(text)"] = ("text", s => Data.Honours.WithTitleContaining(s), "先进", false),
            ["FigureCollection.InEntry(entryId)"] = ("entryId", s => Data.Figures.InEntry(s), "s1-e01", false),
            ["FigureCollection.InTable(tableId)"] = ("tableId", s => Data.Figures.InTable(s), "table-6", false),
            ["FigureCollection.WithLabel(text)"] = ("text", s => Data.Figures.WithLabel(s), "事故", false),

            // Line 377: 柯桥区漓渚镇; the short form 柯桥 is the text's own (line 385).
            ["PlaceCollection.FindByName(name)"] = ("name", s => Data.Places.FindByName(s), "柯桥", false),
            ["PlaceCollection.Resolve(idOrName)"] = ("idOrName", s => Data.Places.Resolve(s), "柯桥区", false),
            ["PlaceCollection.MatchByName(name)"] = ("name", s => Data.Places.MatchByName(s), "柯桥", false),
            ["PlaceCollection.In(parentId)"] = ("parentId", s => Data.Places.In(s), "keqiao", false),

            // Find is inherited by every collection: each one is asked.
            ["RecordCollection.Find(id)@Sections"] = ("id", s => Data.Sections.Find(s), "s5", true),
            ["RecordCollection.Find(id)@Entries"] = ("id", s => Data.Entries.Find(s), "s1-e01", true),
            ["RecordCollection.Find(id)@Captions"] = ("id", s => Data.Captions.Find(s), Data.Captions[0].Id, true),
            ["RecordCollection.Find(id)@Tables"] = ("id", s => Data.Tables.Find(s), "table-6", true),
            ["RecordCollection.Find(id)@Corrections"] = ("id", s => Data.Corrections.Find(s), Data.Corrections[0].Id, true),
            ["RecordCollection.Find(id)@Agencies"] = ("id", s => Data.Agencies.Find(s), "emergency-management-bureau", true),
            ["RecordCollection.Find(id)@People"] = ("id", s => Data.People.Find(s), Data.People[0].Id, true),
            ["RecordCollection.Find(id)@Meetings"] = ("id", s => Data.Meetings.Find(s), "executive-68", true),
            ["RecordCollection.Find(id)@SafetyIncidents"] = ("id", s => Data.SafetyIncidents.Find(s), Data.SafetyIncidents[0].Id, true),
            ["RecordCollection.Find(id)@DistrictSafetyStatistics"] = ("id", s => Data.DistrictSafetyStatistics.Find(s), Data.DistrictSafetyStatistics[0].Id, true),
            ["RecordCollection.Find(id)@Honours"] = ("id", s => Data.Honours.Find(s), Data.Honours[0].Id, true),
            ["RecordCollection.Find(id)@Figures"] = ("id", s => Data.Figures.Find(s), "s1-e01-f01", true),
            ["RecordCollection.Find(id)@Places"] = ("id", s => Data.Places.Find(s), "keqiao", true),
            ["RecordCollection.Find(id)@ConsistencyRules"] = ("id", s => Data.ConsistencyRules.Find(s), Data.ConsistencyRules[0].Id, true),
        };

    /// <summary>Every non-string parameter of every public query helper, with its bad values and what they must give.</summary>
    private static readonly Dictionary<string, Action> NumberAndEnumCases = new(StringComparer.Ordinal)
    {
        ["AgencyCollection.ClosestTo(count)"] = () =>
        {
            ThrowsOutOfRange(() => Data.Agencies.ClosestTo("应急", 0), "count");
            ThrowsOutOfRange(() => Data.Agencies.ClosestTo("应急", int.MinValue), "count");
            Data.Agencies.ClosestTo("应急", int.MaxValue).Should().NotBeEmpty();
        },
        ["AgencyCollection.OfKind(kind)"] = () => ThrowsOutOfRange(() => Data.Agencies.OfKind((AgencyKind)99), "kind"),
        ["PersonCollection.HolderOn(date)"] = () =>
        {
            Data.People.HolderOn("局长", Emergency, DateOnly.MinValue).Should().BeNull();
            Data.People.HolderOn("局长", Emergency, DateOnly.MaxValue).Should().BeNull();
        },
        ["PersonCollection.HoldersInMonth(month)"] = () =>
        {
            foreach (var month in new[] { 0, 13, -1, int.MinValue, int.MaxValue })
            {
                ThrowsOutOfRange(() => Data.People.HoldersInMonth("局长", Emergency, month), "month");
            }
        },
        ["MeetingCollection.OnDate(date)"] = () =>
        {
            Data.Meetings.OnDate(DateOnly.MinValue).Should().BeEmpty();
            Data.Meetings.OnDate(DateOnly.MaxValue).Should().BeEmpty();
        },
        ["MeetingCollection.Between(from)"] = () => Data.Meetings.Between(DateOnly.MinValue, DateOnly.MaxValue).Should().HaveCount(Data.Meetings.Count),
        ["MeetingCollection.Between(to)"] = () =>
            FluentActions.Invoking(() => Data.Meetings.Between(DateOnly.MaxValue, DateOnly.MinValue)).Should().Throw<ArgumentException>().WithParameterName("to"),
        ["MeetingCollection.InMonth(month)"] = () =>
        {
            foreach (var month in new[] { 0, 13, -1, int.MinValue, int.MaxValue })
            {
                ThrowsOutOfRange(() => Data.Meetings.InMonth(month), "month");
            }
        },
        ["MeetingCollection.OfKind(kind)"] = () => ThrowsOutOfRange(() => Data.Meetings.OfKind((MeetingKind)(-1)), "kind"),
        ["MeetingCollection.FindByNumber(kind)"] = () => ThrowsOutOfRange(() => Data.Meetings.FindByNumber((MeetingKind)7, 68), "kind"),
        ["MeetingCollection.FindByNumber(number)"] = () =>
        {
            foreach (var number in new[] { 0, -1, 1, 67, 90, int.MinValue, int.MaxValue })
            {
                Data.Meetings.FindByNumber(number).Should().BeNull("no meeting is numbered {0}", number);
                Data.Meetings.FindByNumber(MeetingKind.Executive, number).Should().BeNull();
            }
        },
        ["MeetingCollection.ItemsFromAgency(kind)"] = () => ThrowsOutOfRange(() => Data.Meetings.ItemsFromAgency(Emergency, (AgendaItemKind)42), "kind"),
        ["MeetingCollection.WithAgency(kind)"] = () => ThrowsOutOfRange(() => Data.Meetings.WithAgency(Emergency, (AgendaItemKind)42), "kind"),
        ["SafetyIncidentCollection.InCategory(category)"] = () => ThrowsOutOfRange(() => Data.SafetyIncidents.InCategory((IncidentCategory)99), "category"),
        ["SafetyIncidentCollection.InMonth(month)"] = () =>
        {
            foreach (var month in new[] { 0, 13, -1, int.MinValue, int.MaxValue })
            {
                ThrowsOutOfRange(() => Data.SafetyIncidents.InMonth(month), "month");
            }
        },
        ["SafetyIncidentCollection.Between(from)"] = () =>
            Data.SafetyIncidents.Between(DateOnly.MinValue, DateOnly.MaxValue).Should().HaveCount(Data.SafetyIncidents.Count(i => i.Date is not null)),
        ["SafetyIncidentCollection.Between(to)"] = () =>
            FluentActions.Invoking(() => Data.SafetyIncidents.Between(DateOnly.MaxValue, DateOnly.MinValue)).Should().Throw<ArgumentException>().WithParameterName("to"),
        ["PlaceCollection.OfKind(kind)"] = () => ThrowsOutOfRange(() => Data.Places.OfKind((PlaceKind)99), "kind"),
        ["TimelineCollection.OnDay(date)"] = () =>
        {
            Data.Timeline.OnDay(DateOnly.MinValue).Should().BeEmpty();
            Data.Timeline.OnDay(DateOnly.MaxValue).Should().BeEmpty();
        },
        ["TimelineCollection.InMonth(month)"] = () =>
        {
            foreach (var month in new[] { 0, 13, -1, int.MinValue, int.MaxValue })
            {
                ThrowsOutOfRange(() => Data.Timeline.InMonth(month), "month");
            }
        },
        ["TimelineCollection.Between(from)"] = () => Data.Timeline.Between(DateOnly.MinValue, DateOnly.MaxValue).Should().HaveCount(Data.Timeline.Count),
        ["TimelineCollection.Between(to)"] = () =>
            FluentActions.Invoking(() => Data.Timeline.Between(DateOnly.MaxValue, DateOnly.MinValue)).Should().Throw<ArgumentException>().WithParameterName("to"),
        ["HonourCollection.AtLevel(level)"] = () => ThrowsOutOfRange(() => Data.Honours.AtLevel((HonourLevel)99), "level"),
        ["HonourCollection.OnDate(date)"] = () =>
        {
            Data.Honours.OnDate(DateOnly.MinValue).Should().BeEmpty();
            Data.Honours.OnDate(DateOnly.MaxValue).Should().BeEmpty();
        },
    };

    public static TheoryData<string, string> StringCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in Methods.Keys)
        {
            foreach (var input in Inputs.Keys.Append("hit"))
            {
                data.Add(method, input);
            }
        }

        return data;
    }

    public static TheoryData<string> NumberCases() => [.. NumberAndEnumCases.Keys];

    [Theory]
    [MemberData(nameof(StringCases))]
    public void StringParameter_BadOrForeignInput_FollowsTheConvention(string method, string input)
    {
        var (parameter, call, hit, lenientOnBlank) = Methods[method];
        var text = input == "hit" ? hit : Inputs[input];
        var (result, thrown) = Bounded(() => call(text!));

        switch (input)
        {
            case "hit":
                thrown.Should().BeNull();
                IsEmpty(result).Should().BeFalse("{0} finds something for '{1}' (a known hit)", method, hit);
                break;
            case "null":
                thrown.Should().BeOfType<ArgumentNullException>().Which.ParamName.Should().Be(parameter);
                break;
            case "empty" or "space" or "whitespace" when lenientOnBlank:
                thrown.Should().BeNull();
                result.Should().BeNull("Find treats a blank id as no id");
                break;
            case "empty" or "space" or "whitespace":
                thrown.Should().BeOfType<ArgumentException>("{0} refuses blank text with ArgumentException", method)
                    .Which.ParamName.Should().Be(parameter);
                break;
            default:
                thrown.Should().BeNull("{0} must not throw for text that matches nothing", method);
                IsEmpty(result).Should().BeTrue("{0} finds nothing for {1} input", method, input);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void NumberOrEnumParameter_OutOfRange_FollowsTheConvention(string method)
    {
        var (_, thrown) = Bounded(() =>
        {
            NumberAndEnumCases[method]();
            return null;
        });
        thrown.Should().BeNull();
    }

    /// <summary>The parameters that name something (a body, a person, a place, a title) or search free text: OCR
    /// leaves spaces inside names (柯 桥 区, 方 林 苗) and the texts have none left, so whitespace anywhere in them
    /// is ignored, the same way by every query. Ids and codes are only trimmed.</summary>
    private static readonly HashSet<string> NameParameters = new(StringComparer.Ordinal)
    {
        "title", "heading", "name", "idOrName", "agencyIdOrName", "district", "area", "recipient", "affiliation", "nominator", "text",
    };

    public static TheoryData<string> HitCases() => [.. Methods.Keys];

    public static TheoryData<string> NameCases() => [.. Methods.Where(m => NameParameters.Contains(m.Value.Parameter)).Select(m => m.Key)];

    [Theory]
    [MemberData(nameof(HitCases))]
    public void StringParameter_HitWithSurroundingWhitespace_FindsTheSameAsTheHit(string method)
    {
        var (_, call, hit, _) = Methods[method];

        var padded = call(" \t" + hit + "\u3000 ");

        Same(padded, call(hit)).Should().BeTrue("{0} ignores whitespace around ids and names alike", method);
    }

    [Theory]
    [MemberData(nameof(NameCases))]
    public void NameParameter_HitWithSpacesInside_FindsTheSameAsTheHit(string method)
    {
        var (_, call, hit, _) = Methods[method];

        var spaced = call(string.Join(' ', hit.EnumerateRunes()));

        Same(spaced, call(hit)).Should().BeTrue("{0} ignores whitespace inside a name, as every name query does", method);
    }

    [Theory]
    [InlineData("柯 桥 区")]
    [InlineData(" 柯桥区 ")]
    public void InDistrict_DistrictWithSpaces_FindsWhatDistrictSafetyFinds(string district)
    {
        Data.DistrictSafetyStatistics.ForArea(district).Should().NotBeNull();

        Data.SafetyIncidents.InDistrict(district).Should().Equal(Data.SafetyIncidents.InDistrict("柯桥区")).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("【】")]
    [InlineData(" 【 】 ")]
    public void WithHeading_OnlyBrackets_IsBlank(string heading)
    {
        FluentActions.Invoking(() => Data.Entries.WithHeading(heading)).Should().Throw<ArgumentException>().WithParameterName(nameof(heading));
    }

    [Theory]
    [InlineData("《》")]
    [InlineData("《\t》\t《")]
    public void WithDocument_OnlyBrackets_IsBlank(string text)
    {
        FluentActions.Invoking(() => Data.Meetings.WithDocument(text)).Should().Throw<ArgumentException>().WithParameterName(nameof(text));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("“ ”")]
    public void FindByCode_OnlyQuotes_IsBlank(string code)
    {
        FluentActions.Invoking(() => Data.SafetyIncidents.FindByCode(code)).Should().Throw<ArgumentException>().WithParameterName(nameof(code));
    }

    [Fact]
    public void EveryPublicQueryHelperParameter_IsCovered()
    {
        var covered = Methods.Keys.Select(k => k.Split('@')[0]).Concat(NumberAndEnumCases.Keys).ToHashSet(StringComparer.Ordinal);
        var queryTypes = typeof(RecordCollection<>).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(RecordCollection<>).Namespace && t.IsClass);
        var parameters = queryTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.DeclaringType!.Namespace == typeof(RecordCollection<>).Namespace)
            .Where(m => m.Name is not ("Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct" or "<Clone>$"))
            .SelectMany(m => m.GetParameters().Select(p => $"{Name(m.DeclaringType!)}.{m.Name}({p.Name})"))
            .ToHashSet(StringComparer.Ordinal);

        parameters.Should().NotBeEmpty();
        parameters.Except(covered).Should().BeEmpty("every parameter of a public query helper needs bad-input cases here");
        covered.Except(parameters).Should().BeEmpty("every case here names a real parameter");
    }

    private static string Name(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    private static void ThrowsOutOfRange(Func<object?> call, string parameter) =>
        FluentActions.Invoking(call).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    /// <summary>Runs a call on another thread and fails if it does not return within the bound (a hang).</summary>
    private static (object? Result, Exception? Thrown) Bounded(Func<object?> call)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return (call(), (Exception?)null);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (null, ex);
            }
        });
        task.Wait(Bound).Should().BeTrue("the call must return within {0}", Bound);
        return task.Result;
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (IEnumerable x, IEnumerable y) => x.Cast<object>().SequenceEqual(y.Cast<object>()),
        _ => Equals(a, b),
    };

    private static bool IsEmpty(object? result) => result switch
    {
        null => true,
        IEnumerable items => !items.Cast<object>().Any(),
        _ => false,
    };
}
