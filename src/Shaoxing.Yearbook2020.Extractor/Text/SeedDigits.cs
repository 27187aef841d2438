using System.Globalization;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>A run of Arabic digits that the text gives as a count, a year or a table's number.</summary>
public static class SeedDigits
{
    /// <summary>Reads the digits as a whole number.</summary>
    /// <param name="digits">The digits, as a pattern matched them.</param>
    /// <param name="line">The seed line they are on, for the message.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ExtractorException">The digits are not a number, or one too large to be a count or a year.</exception>
    public static int Parse(ReadOnlySpan<char> digits, int line) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ExtractorException(line, $"'{digits}' is not a number the text can mean here (a count, a year or a table's number below {int.MaxValue}).");
}
