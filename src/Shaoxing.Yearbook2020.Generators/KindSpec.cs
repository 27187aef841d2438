namespace Shaoxing.Yearbook2020.Generators;

/// <summary>A record kind, from its record's <c>[DataFile]</c> and XML documentation.</summary>
/// <param name="Record">The record's short name.</param>
/// <param name="RecordFullName">The record's fully qualified name.</param>
/// <param name="FileName">The data file.</param>
/// <param name="PropertyName">The <c>Yearbook</c> property: the file name in Pascal case (<c>district-safety-statistics.json</c> → <c>DistrictSafetyStatistics</c>).</param>
/// <param name="Validator">The validator's fully qualified name.</param>
/// <param name="Collection">The collection's fully qualified name.</param>
/// <param name="CollectionTakesYearbook">Whether the collection's constructor takes the yearbook after the records; null for the default collection.</param>
/// <param name="Label">The label's parts (see <see cref="LabelPart"/>); empty when the kind has no label.</param>
/// <param name="CollectionSummary">The <c>&lt;collection&gt;</c> element of the record's documentation: the <c>Yearbook</c> property's summary.</param>
/// <param name="CollectionValue">The <c>&lt;collectionValue&gt;</c> element: the property's value description.</param>
/// <param name="HasSource">Whether the record has a <c>Source</c> (a <c>SourceSpan</c>).</param>
internal sealed record KindSpec(
    string Record,
    string RecordFullName,
    string FileName,
    string PropertyName,
    string Validator,
    string Collection,
    bool? CollectionTakesYearbook,
    EquatableArray<LabelPart> Label,
    string CollectionSummary,
    string CollectionValue,
    bool HasSource)
{
    /// <summary>The kind's name: the file name without <c>.json</c>.</summary>
    public string Name => FileName.EndsWith(".json", StringComparison.Ordinal) ? FileName.Substring(0, FileName.Length - 5) : FileName;
}
