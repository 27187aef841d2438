using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// One place where a record's text names a body, person or place by a whole name: which record it names, the name as
/// written, where it stands in the record's text and where it stands in the seed.
/// </summary>
/// <remarks>
/// A name counts only as a whole name: the longest known name wins (绍兴市应急管理局 names the bureau, not the city), and
/// a name that the following characters extend into a longer body word (应急管理部门, 浙江裕源建材有限公司) names nothing.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record NamedRecord
{
    /// <summary>Which kind of record <see cref="TargetId"/> is an id of.</summary>
    /// <value>A <see cref="NamedRecordKind"/>.</value>
    public required NamedRecordKind Kind { get; init; }

    /// <summary>The record the name names.</summary>
    /// <value>An <see cref="Agency.Id"/>, <see cref="Person.Id"/> or <see cref="Place.Id"/>, as <see cref="Kind"/> says.</value>
    [LinksTo(typeof(Agency), typeof(Person), typeof(Place))]
    public required string TargetId { get; init; }

    /// <summary>The name as the record's text writes it: a full name, a short name, an alias or a person's name.</summary>
    /// <value>Chinese text such as <c>市应急管理局</c> or <c>柯桥</c>.</value>
    public required string Name { get; init; }

    /// <summary>The text of the record that holds the name, as the data file names it: a property, or the path to a text
    /// in a list or a nested record.</summary>
    /// <value>A JSON property name such as <c>text</c>, <c>heading</c> or <c>summary</c>; for a text in a list or nested
    /// record, its path: <c>activities[0]</c>, <c>attendees[2].title</c>, or for a table's cell <c>rows[3].cells[1]</c> (row
    /// and column from 0, header rows counted).</value>
    public required string Field { get; init; }

    /// <summary>Where the name starts in that property's text.</summary>
    /// <value>A 0-based character index; the name runs for <c>Name.Length</c> characters.</value>
    public required int Start { get; init; }

    /// <summary>The seed lines the name is printed on (two where it wraps onto the next line).</summary>
    /// <value>A span of one or two lines, naming the entry where the record is or lies in one.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>Where the name starts on the first line of <see cref="Source"/> in the raw seed (OCR spaces counted).</summary>
    /// <value>A 0-based character index, or <see langword="null"/> where the seed prints the name otherwise (a repaired
    /// OCR error, a name split by a page break).</value>
    public int? Column { get; init; }
}
