using System.Globalization;
using System.Text;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Reads the committed extracts of the Unihan database (<c>seeds/unihan-kmandarin.txt</c>,
/// <c>seeds/unihan-polyphones.txt</c>): one character a line, written as its code point (<c>U+884C</c>), a tab and
/// its reading or readings; empty lines and lines starting with <c>#</c> are comments.
/// </summary>
internal static class UnihanExtract
{
    /// <summary>Every character of an extract with the text after its tab, in file order.</summary>
    /// <param name="bytes">The file's bytes, UTF-8.</param>
    /// <param name="fileName">The file's name, for the error.</param>
    /// <param name="shape">What a line should be, for the error, e.g. <c>a code point (U+4E00), a tab and a reading</c>.</param>
    /// <param name="isReading">Whether the text after the tab is well-formed.</param>
    /// <exception cref="ExtractorException">A line is not a CJK code point (U+3400 and above), a tab and a well-formed
    /// reading.</exception>
    public static IEnumerable<(string Character, string Readings)> Read(byte[] bytes, string fileName, string shape, Func<string, bool> isReading)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Split('\t') is not [var codePoint, var readings]
                || !codePoint.StartsWith("U+", StringComparison.Ordinal)
                || !int.TryParse(codePoint.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                || value is < 0x3400 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF)
                || !isReading(readings))
            {
                throw new ExtractorException(0, $"{fileName}: line {i + 1} is not {shape}: '{line}'.");
            }

            yield return (char.ConvertFromUtf32(value), readings);
        }
    }
}
