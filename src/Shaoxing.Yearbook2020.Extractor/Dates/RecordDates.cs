using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Dates;

/// <summary>Gives entries and captions the dates their text names, and tables the period they cover.</summary>
internal static class RecordDates
{
    /// <summary>The entries with their dates, each found on the seed line its text was taken from.</summary>
    /// <param name="entries">The entries, in text order.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The entries with <see cref="Entry.Dates"/> set.</returns>
    /// <exception cref="ExtractorException">A date does not exist or is not printed where the text was taken from.</exception>
    public static ImmutableArray<Entry> Date(ImmutableArray<Entry> entries, SeedDocument seed)
    {
        var locator = new SeedDateLocator(seed);
        return
        [
            .. entries.Select(e => e with
            {
                Dates =
                [
                    .. DateMentionReader.Read(e.Text, e.SeedLineAt)
                        .Select(d => locator.Locate(d, [e.SeedLineAt(d.Start)], e.Id)),
                ],
            }),
        ];
    }

    /// <summary>The captions with their dates, each found on the first of the caption's lines that prints it.</summary>
    /// <param name="captions">The captions, in text order.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The captions with <see cref="Caption.Dates"/> set.</returns>
    /// <exception cref="ExtractorException">A date does not exist or is not printed on the caption's lines.</exception>
    public static ImmutableArray<Caption> Date(ImmutableArray<Caption> captions, SeedDocument seed)
    {
        var locator = new SeedDateLocator(seed);
        return
        [
            .. captions.Select(c => c with
            {
                Dates =
                [
                    .. DateMentionReader.Read(c.Text, _ => c.Source.Line)
                        .Select(d => locator.Locate(d, Enumerable.Range(c.Source.Line, c.Source.EndLine - c.Source.Line + 1), c.Id)),
                ],
            }),
        ];
    }
}
