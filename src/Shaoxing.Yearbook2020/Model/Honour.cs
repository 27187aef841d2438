using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// An honour, title, prize, ranking or commendation the chapter reports, for one recipient:
/// a person, a unit, a team, the city or one of its projects.
/// </summary>
/// <remarks>
/// One record per (honour, recipient): 王伟民、张纪东、陈添鑫、吕京娜等4人 are four records.
/// Where the text names one of a counted cohort (<c>黄杏江等10人</c>) the record is the named person with
/// <see cref="CohortSize"/> 10; where it names nobody (<c>8人获嘉奖</c>) the record is an
/// <see cref="RecipientKind.UnnamedGroup"/>. Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>Every honour, title, prize, ranking and commendation the chapter reports, one per (honour, recipient); 表7 included.</collection>
/// <collectionValue>A read-only collection, in seed order.</collectionValue>
[DataFile("honours.json", typeof(HonourValidator), Collection = typeof(HonourCollection), Label = "[{Recipient}: ]{Title}")]
public sealed record Honour : IDatedRecord
{
    /// <summary>The honour's stable id, <c>honour-001</c> onwards in seed order.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>The honour as the text names it.</summary>
    /// <value>Chinese text such as <c>浙江省模范退役军人</c>.</value>
    public required string Title { get; init; }

    /// <summary>Who stands behind the honour.</summary>
    /// <value>A <see cref="HonourLevel"/>.</value>
    public required HonourLevel Level { get; init; }

    /// <summary>What kind of recipient it is.</summary>
    /// <value>A <see cref="RecipientKind"/>.</value>
    public required RecipientKind RecipientKind { get; init; }

    /// <summary>The recipient as the text names it.</summary>
    /// <value>A name such as <c>展才华</c> or <c>绍兴市</c>; <see langword="null"/> for an unnamed group.</value>
    public string? Recipient { get; init; }

    /// <summary>The hub record of the recipient, by <see cref="RecipientKind"/>: a person's <see cref="Person.Id"/>, a city's
    /// <see cref="Place.Id"/>, an organisation's or team's <see cref="Agency.Id"/> (or the <see cref="Place.Id"/> of a
    /// county-level area assessed as a whole, 诸暨市 in line 279).</summary>
    /// <value>An id, or <see langword="null"/> for a project, an unnamed group, or a recipient that is no body of the hubs
    /// (绍兴市应急管理系统, the delegations of line 425).</value>
    [LinksTo(typeof(Person), typeof(Agency), typeof(Place))]
    public string? RecipientId { get; init; }

    /// <summary>The other names the text gives the same recipient in the same passage.</summary>
    /// <remarks>Line 311 writes one team 新昌红十字户外救援队 and then 新昌县红十字户外救援队: one recipient,
    /// <see cref="Recipient"/> the fuller name and the other its alias.</remarks>
    /// <value>Names as printed; empty when the text uses one name.</value>
    public required ImmutableArray<string> RecipientAliases { get; init; }

    /// <summary>The recipient's work unit (表7 工作单位, or the unit the text gives with a person).</summary>
    /// <value>A unit name, or <see langword="null"/>.</value>
    public string? Affiliation { get; init; }

    /// <summary>The body of <see cref="Affiliation"/>.</summary>
    /// <value>An <see cref="Agency.Id"/>, or a <see cref="Place.Id"/> where the affiliation is a place (越行证 of 绍兴市);
    /// <see langword="null"/> without an affiliation or where it names no body (市级支队).</value>
    [LinksTo(typeof(Agency), typeof(Place))]
    public string? AffiliationId { get; init; }

    /// <summary>The unit that nominated the recipient (表7 推荐单位).</summary>
    /// <value>A unit name, or <see langword="null"/>.</value>
    public string? Nominator { get; init; }

    /// <summary>The body of <see cref="Nominator"/>.</summary>
    /// <value>An <see cref="Agency.Id"/>, or <see langword="null"/> without a nominator.</value>
    [LinksTo(typeof(Agency))]
    public string? NominatorId { get; init; }

    /// <summary>The group or category the honour was given in (表7's 应急管理组 and 应急救援组).</summary>
    /// <value>A group name, or <see langword="null"/>.</value>
    public string? Group { get; init; }

    /// <summary>The prize or place, as written (一等奖, 第十名, 团体第7名, 优秀等次, 六连冠).</summary>
    /// <value>Chinese text, or <see langword="null"/> for a title without a rank.</value>
    public string? Rank { get; init; }

    /// <summary>How many received the honour together, where the text counts them (10 for <c>黄杏江等10人</c>).</summary>
    /// <value>A count, or <see langword="null"/>.</value>
    public int? CohortSize { get; init; }

    /// <summary>Who conferred, awarded or ranked, where the text says.</summary>
    /// <value>Chinese text, or <see langword="null"/>.</value>
    public string? Conferrer { get; init; }

    /// <summary>The bodies of <see cref="Conferrer"/>, in the order written: several where bodies confer jointly
    /// (<c>市大数据局、市网信办、市经信局、市总工会</c>, <c>复旦大学联合国家信息中心数字中国研究院</c>).</summary>
    /// <value><see cref="Agency.Id"/>s; empty without a conferrer.</value>
    [LinksTo(typeof(Agency))]
    public required ImmutableArray<string> ConferrerIds { get; init; }

    /// <summary>The day the honour was conferred or announced, where the text gives a full date.</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public DateOnly? Date { get; init; }

    /// <summary>The month the honour was conferred or announced, where the text gives at least the month.</summary>
    /// <remarks>Set with every <see cref="Date"/> (its month), and alone where the sentence gives only a month
    /// (<c>10月,12个项目团队进行决赛,…获一等奖</c>, line 164).</remarks>
    /// <value>A month as <c>yyyy-MM</c>, e.g. <c>2020-10</c>, or <see langword="null"/>.</value>
    public string? Month { get; init; }

    /// <summary>Whether the text reports only a proposal to confer it (建议给…记功 at an executive meeting).</summary>
    /// <value><see langword="true"/> for a proposal.</value>
    public required bool IsProposal { get; init; }

    /// <summary>The seed lines that report the honour.</summary>
    /// <value>A span whose quoted text contains the title and the recipient.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Every other place the same honour of the same recipient is reported, in seed order.</summary>
    /// <value>Spans; empty when it is reported once.</value>
    public required ImmutableArray<SourceSpan> Mentions { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }

    /// <summary>The English rendering of <see cref="Group"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Group"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishGroup { get; init; }

    /// <summary>The English rendering of <see cref="Rank"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Rank"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRank { get; init; }

    /// <summary>Every body, person and place the report of the honour names by a whole name, in text order (title, recipient, affiliation, nominator, conferrer).</summary>
    /// <value>Links with their spans; empty when the text names none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
