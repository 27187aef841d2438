using System.Text;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Dates;

/// <summary>
/// Finds where in the seed a date of the repaired text is printed: the same characters on the seed line the text was
/// taken from, with the spaces the OCR put between them and full-width or ASCII digits alike.
/// </summary>
internal sealed class SeedDateLocator(SeedDocument seed)
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>How many dates of each text have been found on each line, so that a date printed twice on a line is
    /// found at its own place.</summary>
    private readonly Dictionary<(int Line, string Text), int> found = [];

    /// <summary>Places a date on the first of its candidate lines that prints it.</summary>
    /// <param name="date">The date read from a record's text.</param>
    /// <param name="lines">The seed lines the text there may have been taken from, most likely first.</param>
    /// <param name="record">The record's id, for the error.</param>
    /// <returns>The date with its seed line, column and length.</returns>
    /// <exception cref="ExtractorException">No candidate line prints the date.</exception>
    public DateMention Locate(ReadDate date, IEnumerable<int> lines, string record)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(lines);
        var pattern = Pattern(date.Text);
        var tried = new List<int>();
        foreach (var line in lines)
        {
            tried.Add(line);
            var matches = pattern.Matches(seed[line]);
            var before = found.GetValueOrDefault((line, date.Text));
            if (matches.Count > before)
            {
                found[(line, date.Text)] = before + 1;
                return new DateMention
                {
                    Text = date.Text,
                    Date = date.Date,
                    EndDate = date.EndDate,
                    Precision = date.Precision,
                    IsYearPrinted = date.IsYearPrinted,
                    Start = date.Start,
                    Line = line,
                    Column = matches[before].Index,
                    SeedLength = matches[before].Length,
                };
            }
        }

        throw new ExtractorException(
            tried.FirstOrDefault(),
            $"the date '{date.Text}' of {record} is not printed on seed line{(tried.Count == 1 ? string.Empty : "s")} {string.Join(", ", tried)}.");
    }

    /// <summary>The date's characters with any run of spaces between them; a digit matches its full-width form too.</summary>
    private static Regex Pattern(string text)
    {
        var pattern = new StringBuilder();
        foreach (var c in MeetingHeadReader.Fold(text))
        {
            if (pattern.Length > 0)
            {
                pattern.Append("[ \t\u3000]*");
            }

            pattern.Append(char.IsAsciiDigit(c) ? $"[{c}{(char)('０' + (c - '0'))}]" : Regex.Escape(c.ToString()));
        }

        return new Regex(pattern.ToString(), Options);
    }
}
