namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Marks a date property that holds a date the text names (<see cref="Model.DateMention"/>), not the day a record
/// happened on: it lies in the year the text prints (2015年4月1日以来), where every other date of the data lies in the
/// year the chapter covers. The build's source generator reads it into the records' field walks
/// (<see cref="Reading.IRecordFieldVisitor"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class AnyYearAttribute : Attribute;
