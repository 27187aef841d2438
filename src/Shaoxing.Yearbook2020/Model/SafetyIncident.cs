using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// A dated event of harm or hazard the chapter describes or names: an accident, a tanker leak,
/// a rainstorm, a typhoon, a heat spell, a tailings-dam piping, or a rescue outside the city.
/// </summary>
/// <remarks>
/// One record per event: an accident named in several entries ("6·7" in four places) is one
/// record whose <see cref="Source"/> is the fullest account and whose <see cref="Mentions"/>
/// are the other places. Every number is as the text gives it; a fact the text does not give
/// is <see langword="null"/>, never 0. Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>Every dated event of harm or hazard the chapter describes or names: accidents, tanker leaks, the flood season's rainstorm and typhoons, the heat spell, the tailings-dam piping, rescues outside the city.</collection>
/// <collectionValue>A read-only collection, in order of first mention.</collectionValue>
[DataFile("safety-incidents.json", typeof(SafetyIncidentValidator), Collection = typeof(SafetyIncidentCollection), Label = "[{Code} ]{Name}")]
public sealed record SafetyIncident : IDatedRecord
{
    /// <summary>The incident's stable id, <c>incident-01</c> onwards in order of first mention in the seed.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The incident's name, as the text names it (the entry heading for an incident with its own entry).</summary>
    /// <value>Chinese text such as <c>浙江裕源建材有限公司"8·2"爆燃事故</c>.</value>
    public required string Name { get; init; }

    /// <summary>The code the text gives the incident, month·day, with the middle dot normalised to <c>·</c>.</summary>
    /// <value>A code such as <c>8·2</c>, or <see langword="null"/> for an event without one.</value>
    public string? Code { get; init; }

    /// <summary>What kind of event it is.</summary>
    /// <value>An <see cref="IncidentCategory"/>.</value>
    public required IncidentCategory Category { get; init; }

    /// <summary>The day the event happened or began.</summary>
    /// <value>A date, or <see langword="null"/> where the text gives none.</value>
    public DateOnly? Date { get; init; }

    /// <summary>The time of day the event happened or began, where the text gives a clock time.</summary>
    /// <value>A time written <c>HH:mm</c>, or <see langword="null"/> (凌晨 "early morning" is not a clock time).</value>
    [JsonConverter(typeof(HourMinuteTimeConverter))]
    public TimeOnly? Time { get; init; }

    /// <summary>The day the event or its handling ended, where the text gives it.</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public DateOnly? EndDate { get; init; }

    /// <summary>The time of day the event or its handling ended, where the text gives a clock time.</summary>
    /// <value>A time written <c>HH:mm</c>, or <see langword="null"/>.</value>
    [JsonConverter(typeof(HourMinuteTimeConverter))]
    public TimeOnly? EndTime { get; init; }

    /// <summary>The district (区、县(市)) of Shaoxing the event happened in, as 表6 names it.</summary>
    /// <value>A name such as <c>柯桥区</c>, or <see langword="null"/> when the text gives none or several.</value>
    public string? District { get; init; }

    /// <summary>Where the event happened, as the text says it.</summary>
    /// <value>Chinese text, or <see langword="null"/>.</value>
    public string? Location { get; init; }

    /// <summary>The place the event happened in: the most precise place its location names (a town before its
    /// district), else its district.</summary>
    /// <value>A <see cref="Place.Id"/>, or <see langword="null"/> when the location names no place of <c>places.json</c>.</value>
    [LinksTo(typeof(Place))]
    public string? PlaceId { get; init; }

    /// <summary>Whether the event happened in Shaoxing (the reinforcement to 温岭 and 江西, and the "9·28" accident, did not).</summary>
    /// <value><see langword="true"/> for an event in the city.</value>
    public required bool InShaoxing { get; init; }

    /// <summary>People killed.</summary>
    /// <value>A count, or <see langword="null"/> where the text does not say.</value>
    public int? Deaths { get; init; }

    /// <summary>People injured, the seriously injured included.</summary>
    /// <value>A count, or <see langword="null"/>.</value>
    public int? Injured { get; init; }

    /// <summary>People seriously injured (重伤), a part of <see cref="Injured"/>.</summary>
    /// <value>A count, or <see langword="null"/>.</value>
    public int? SeriouslyInjured { get; init; }

    /// <summary>People evacuated (疏散, 提前转移), as counted by the text (see <see cref="Notes"/> for 人次).</summary>
    /// <value>A count, or <see langword="null"/>.</value>
    public int? Evacuated { get; init; }

    /// <summary>People affected (受灾).</summary>
    /// <value>A count (<c>1.24万</c> → 12400), or <see langword="null"/>.</value>
    public int? Affected { get; init; }

    /// <summary>People relocated and resettled in an emergency (紧急转移安置).</summary>
    /// <value>A count, or <see langword="null"/>.</value>
    public int? Relocated { get; init; }

    /// <summary>The direct economic loss, in yuan.</summary>
    /// <value>Yuan (<c>9811万元</c> → 98110000), or <see langword="null"/>.</value>
    public decimal? DirectEconomicLossYuan { get; init; }

    /// <summary>How much the text tells about the incident.</summary>
    /// <value>A <see cref="DetailLevel"/>.</value>
    public required DetailLevel DetailLevel { get; init; }

    /// <summary>What happened, in one or two sentences taken from the text.</summary>
    /// <value>Chinese text.</value>
    public required string Summary { get; init; }

    /// <summary>What a reader should know about the numbers (units such as 人次, facts the text leaves open).</summary>
    /// <value>English text, or <see langword="null"/>.</value>
    public string? Notes { get; init; }

    /// <summary>The seed lines of the fullest account: the incident's entry, or its first mention.</summary>
    /// <value>A span whose quoted text contains the code or name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Every other place the incident is named, in seed order.</summary>
    /// <value>Spans; empty when the incident is named once.</value>
    public required ImmutableArray<SourceSpan> Mentions { get; init; }

    /// <summary>The English rendering of <see cref="Name"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Name"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishName { get; init; }

    /// <summary>The English rendering of <see cref="District"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="District"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishDistrict { get; init; }

    /// <summary>The English rendering of <see cref="Location"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Location"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishLocation { get; init; }

    /// <summary>Every body, person and place the account of the incident names by a whole name, in text order (name, location, summary).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
