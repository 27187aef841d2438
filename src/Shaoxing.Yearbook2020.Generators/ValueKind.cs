namespace Shaoxing.Yearbook2020.Generators;

/// <summary>What one value of a property is (a list's item, or the property itself).</summary>
internal enum ValueKind
{
    /// <summary>A type the readers cannot read; the property is reported (YB0001).</summary>
    Unsupported,
    String,
    Int32,
    Decimal,
    Boolean,
    Date,

    /// <summary>A <c>TimeOnly?</c> written <c>HH:mm</c> by <c>HourMinuteTimeConverter</c>.</summary>
    HourMinute,
    Enum,
    Record,
}
