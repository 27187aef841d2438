namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Marks a text property that holds paragraphs: a line break (<c>\n</c>) in it is the text's own, where in any
/// other text it is damage (a name holding one draws as two rows). The build's source generator reads it
/// into the records' field walks (<see cref="Reading.IRecordFieldVisitor"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class MultilineTextAttribute : Attribute;
