using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Dates;

/// <summary>A date read from a text, before it is found in the seed.</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="Text">The date as printed.</param>
/// <param name="Date">The first day it stands for.</param>
/// <param name="EndDate">The last day it stands for.</param>
/// <param name="Precision">Whether it names days, a ten-day period or months.</param>
/// <param name="IsYearPrinted">Whether the text prints its year.</param>
internal sealed record ReadDate(int Start, string Text, DateOnly Date, DateOnly EndDate, DatePrecision Precision, bool IsYearPrinted);
