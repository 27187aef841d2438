namespace Shaoxing.Yearbook2020.Generators;

/// <summary>One property a data file holds, as the readers, writers, field walks and export schema need it.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="JsonName">The name in the data files.</param>
/// <param name="DeclaredType">The property's type, fully qualified, as declared.</param>
/// <param name="Value">What one value is (a list's item, for a list).</param>
/// <param name="ValueType">The value's type, fully qualified, without <c>?</c> (a list's item type, for a list).</param>
/// <param name="ValueName">The value's type's short name (the reader, writer or enum table of a record or enum is named after it).</param>
/// <param name="IsList">Whether the property is an <c>ImmutableArray</c> of values.</param>
/// <param name="IsNullable">Whether the property may be null.</param>
/// <param name="IsId">Whether its strings are ids (the name ends in Id or Ids, or <c>[IdReference]</c> or <c>[LinksTo]</c> says so).</param>
/// <param name="IsMultiline">Whether its texts are paragraphs (<c>[MultilineText]</c>).</param>
/// <param name="IsAnyYear">Whether its dates are dates a text names, which may lie in any year (<c>[AnyYear]</c>).</param>
/// <param name="LinksTo">The record types whose ids it holds (<c>[LinksTo]</c>), fully qualified.</param>
/// <param name="Description">The plain text of its XML summary.</param>
/// <param name="Location">Where it is declared.</param>
internal sealed record PropertySpec(
    string Name,
    string JsonName,
    string DeclaredType,
    ValueKind Value,
    string ValueType,
    string ValueName,
    bool IsList,
    bool IsNullable,
    bool IsId,
    bool IsMultiline,
    bool IsAnyYear,
    EquatableArray<string> LinksTo,
    string Description,
    LocationSpec? Location);
