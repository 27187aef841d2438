namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Marks a string property that holds a record's id although its name does not end in <c>Id</c> or <c>Ids</c>
/// (the names the records' field walks take for ids), so that it is held to the shape of an id like the rest
/// (see <see cref="Reading.IRecordFieldVisitor.Id"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class IdReferenceAttribute : Attribute;
