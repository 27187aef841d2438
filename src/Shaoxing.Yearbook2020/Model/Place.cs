using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// A place the chapter names: the city, its six county-level areas, the towns and subdistricts named
/// with their area, and the provinces and cities outside Shaoxing named with their suffix.
/// </summary>
/// <remarks>
/// Every place is found in the text; the English name, the id and the national administrative-division
/// code are knowledge from the curated <c>seeds/places.json</c>. Instances are immutable and safe to
/// share between threads.
/// </remarks>
/// <collection>The places the chapter names: the city, its six county-level areas, the towns and subdistricts named with their area, and the provinces and cities outside Shaoxing.</collection>
/// <collectionValue>A read-only collection with lookup by id, name, alias, English name, pinyin and enclosing place, in order of first mention.</collectionValue>
[DataFile("places.json", typeof(PlaceValidator), Collection = typeof(PlaceCollection), Label = "{Name}")]
public sealed record Place
{
    /// <summary>The place's stable id.</summary>
    /// <value>A short ASCII slug such as <c>keqiao</c> or <c>fengqiao-town</c>.</value>
    public required string Id { get; init; }

    /// <summary>The place's full name as the text prints it, with its suffix.</summary>
    /// <value>Chinese text such as <c>柯桥区</c> or <c>枫桥镇</c>.</value>
    public required string Name { get; init; }

    /// <summary>The administrative level of the place.</summary>
    /// <value>A <see cref="PlaceKind"/>.</value>
    public required PlaceKind Kind { get; init; }

    /// <summary>The id of the place it lies in, where the text names both together (诸暨市枫桥镇, 浙江省绍兴市).</summary>
    /// <value>A <see cref="Id"/> of another place, or <see langword="null"/> when the text names no enclosing place.</value>
    [LinksTo(typeof(Place))]
    public string? ParentId { get; init; }

    /// <summary>The English name.</summary>
    /// <value>Text such as <c>Keqiao District</c>.</value>
    public required string EnglishName { get; init; }

    /// <summary>The national administrative-division code (行政区划代码) of the place, where the curated file gives one.</summary>
    /// <value>Six digits such as <c>330603</c>, or <see langword="null"/>.</value>
    public string? DivisionCode { get; init; }

    /// <summary>The administrative-division code of the county-level area the place is or lies in (区, 县 or 县级市),
    /// so that a town is joined to its county without walking <see cref="ParentId"/>.</summary>
    /// <value>Six digits such as <c>330681</c> for 诸暨市 and for 枫桥镇 in it; <see langword="null"/> for the city, for
    /// places above or outside the county level, and where no enclosing county-level area has a code.</value>
    public string? CountyDivisionCode { get; init; }

    /// <summary>The short forms the text uses for the place: its name without the suffix (柯桥 for 柯桥区).</summary>
    /// <value>Chinese names; empty when the text uses only the full name.</value>
    public required ImmutableArray<string> Aliases { get; init; }

    /// <summary>The seed line of the first mention.</summary>
    /// <value>A span whose quoted text contains the name or an alias.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Every seed line that names the place by a whole name or alias (the lines of the records' <see cref="NamedRecord"/>
    /// links to it: 浙江 inside 浙江工业职业技术学院 or 杭州 inside 杭州湾 is none), in seed order, the first mention included.</summary>
    /// <value>Spans of one line each.</value>
    public required ImmutableArray<SourceSpan> Sources { get; init; }
}
