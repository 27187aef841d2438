using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// A date that an entry's or a caption's text names (2020年5月13日, 5月13日, 8月11日至12日, 11月上旬, 10月), with the
/// days it stands for and where it is printed: in the record's text and in the seed.
/// </summary>
/// <remarks>
/// A date printed without its year takes the year of the last date of its clause that prints one, else 2020, the
/// year the chapter covers. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed record DateMention
{
    /// <summary>The date as the record's text prints it.</summary>
    /// <value>Chinese text such as <c>5月13日</c> or <c>2020年8月11日至12日</c>.</value>
    public required string Text { get; init; }

    /// <summary>The first day the date stands for.</summary>
    /// <value>A date; the first of the month or of the ten-day period where the text names no day.</value>
    [AnyYear]
    public required DateOnly Date { get; init; }

    /// <summary>The last day the date stands for.</summary>
    /// <value>A date not before <see cref="Date"/>; equal to it for a single day.</value>
    [AnyYear]
    public required DateOnly EndDate { get; init; }

    /// <summary>How finely the text names the days.</summary>
    /// <value>A day, a ten-day period or a month.</value>
    public required DatePrecision Precision { get; init; }

    /// <summary>Whether the text prints the year (2020年5月13日) rather than leaving it to be inferred (5月13日).</summary>
    /// <value><see langword="true"/> when the year is printed.</value>
    public required bool IsYearPrinted { get; init; }

    /// <summary>Where the date starts in the text of the entry or caption that holds it.</summary>
    /// <value>A 0-based character index; <see cref="Text"/> is the text from there.</value>
    public required int Start { get; init; }

    /// <summary>The seed line the date is printed on.</summary>
    /// <value>A 1-based line number.</value>
    public required int Line { get; init; }

    /// <summary>Where the date starts in its seed line.</summary>
    /// <value>A 0-based character offset into the line.</value>
    public required int Column { get; init; }

    /// <summary>How many characters of the seed line the date takes, the spaces the OCR put inside it included.</summary>
    /// <value>A positive count; the seed text there is <see cref="Text"/> once spaces are removed.</value>
    public required int SeedLength { get; init; }
}
