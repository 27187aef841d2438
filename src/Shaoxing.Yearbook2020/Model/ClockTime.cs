using System.Text.Json.Serialization;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A day and a time of day the text prints (2020年6月7日22时18分, 10日16时), with the year, month or day
/// that the text leaves out taken from the time printed before it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record ClockTime
{
    /// <summary>The day.</summary>
    /// <value>A date.</value>
    public required DateOnly Date { get; init; }

    /// <summary>The time of day.</summary>
    /// <value>A time written <c>HH:mm</c>; never <see langword="null"/> in the data (a clock time has an hour).</value>
    [JsonConverter(typeof(HourMinuteTimeConverter))]
    public TimeOnly? Time { get; init; }

    /// <summary>The words as printed, e.g. <c>10日16时</c>.</summary>
    /// <value>Text found verbatim in the entry's text.</value>
    public required string Quote { get; init; }

    /// <summary>The day and time together.</summary>
    /// <value>A local date and time (the text gives no time zone).</value>
    [JsonIgnore]
    public DateTime Moment => Date.ToDateTime(Time ?? TimeOnly.MinValue);
}
