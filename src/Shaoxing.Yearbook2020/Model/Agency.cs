using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A body of government (or around it) that is listed, presents at a meeting or acts in the text.</summary>
/// <remarks>
/// Names and short names come from the text; <see cref="EnglishName"/> and <see cref="Kind"/> are
/// knowledge from the curated file <c>seeds/agencies.json</c>, keyed by the Chinese name.
/// Instances are immutable and safe to share between threads.
/// </remarks>
/// <collection>The bodies of the text: the municipal government, the 32 bodies of 【市政府机构概况】 (the general office and the 31 working departments, in the listed order), and every other body that presents at a meeting or acts in the meetings' text.</collection>
/// <collectionValue>A read-only collection with lookup by id, by full, additional or short name, by English name and by pinyin.</collectionValue>
[DataFile("agencies.json", typeof(AgencyValidator), Collection = typeof(AgencyCollection), Label = "{Name}")]
public sealed record Agency
{
    /// <summary>The agency's stable id.</summary>
    /// <value>An ASCII slug such as <c>development-reform-commission</c>.</value>
    public required string Id { get; init; }

    /// <summary>The full Chinese name.</summary>
    /// <value>For example <c>绍兴市发展和改革委员会</c>.</value>
    public required string Name { get; init; }

    /// <summary>The other names the body bears (the 牌子 printed in parentheses in 【市政府机构概况】).</summary>
    /// <value>Full names such as <c>绍兴市粮食和物资储备局</c>; empty when there is none.</value>
    public required ImmutableArray<string> AdditionalNames { get; init; }

    /// <summary>Every short form of the name the text uses, in order of first use.</summary>
    /// <value>Forms such as <c>市发改委</c> or <c>市建设局</c>; empty when the text uses only the full name.</value>
    public required ImmutableArray<string> ShortNames { get; init; }

    /// <summary>The English name (curated knowledge).</summary>
    /// <value>For example <c>Shaoxing Municipal Development and Reform Commission</c>.</value>
    public required string EnglishName { get; init; }

    /// <summary>The full Chinese name in Hanyu Pinyin: one syllable per character, lower case, with its tone mark,
    /// separated by spaces.</summary>
    /// <value>Such as <c>shào xīng shì yìng jí guǎn lǐ jú</c> for 绍兴市应急管理局; the parentheses of a name are left
    /// out. Read as people's names are, from the Unihan database's first reading of each character, except where that
    /// reading does not settle it (the character has several, or the dictionaries give another): then the word it
    /// stands in decides (银行 <c>yín háng</c>, 应急 <c>yìng jí</c>), as <c>seeds/word-readings.json</c> lists it with
    /// the reason.</value>
    public required string Pinyin { get; init; }

    /// <summary>What kind of body it is (curated knowledge).</summary>
    /// <value>An <see cref="AgencyKind"/>.</value>
    public required AgencyKind Kind { get; init; }

    /// <summary>The body's place in the list of 【市政府机构概况】: 1 for the general office, 2 to 32 for the working departments.</summary>
    /// <value>A position from 1 to 32, or <see langword="null"/> for a body not in that list.</value>
    public int? Position { get; init; }

    /// <summary>Where the body is first named in the text.</summary>
    /// <value>A seed span whose text contains the full name or a short name.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The place the body belongs to: the county-level area a county-level body serves (柯桥区应急管理局 →
    /// 柯桥区), the city for a municipal body, the province for a provincial one.</summary>
    /// <value>A <see cref="Place.Id"/>, read from the place its full name begins with (市 standing for the city), or
    /// <see langword="null"/> for a national body or one whose name begins with no place of <c>places.json</c>.</value>
    [LinksTo(typeof(Place))]
    public string? PlaceId { get; init; }
}
