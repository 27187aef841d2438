namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// One part of a kind's label template (<c>[DataFile(Label = "{Kind} meeting {Number}[ — {Purpose}]")]</c>): a literal
/// text, or a property's value; a part inside <c>[…]</c> belongs to an optional group, left out when a property of it is null.
/// </summary>
/// <param name="Text">The literal text, or the property's name.</param>
/// <param name="IsProperty">Whether the part is a property.</param>
/// <param name="Group">The optional group it is in, or -1.</param>
/// <param name="Value">For a property: what its value is.</param>
/// <param name="IsNullable">For a property: whether it may be null.</param>
/// <param name="ValueName">For a property: its type's short name (an enum's names table is named after it).</param>
internal sealed record LabelPart(string Text, bool IsProperty, int Group, ValueKind Value, bool IsNullable, string ValueName);
