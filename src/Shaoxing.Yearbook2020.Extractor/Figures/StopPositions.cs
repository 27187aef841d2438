namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>
/// Where the stops of a text are (the punctuation that ends a clause or a sentence), found once: the labeler asks,
/// for every figure, where its clause or sentence begins and ends, and a scan from the figure each time would make
/// a long sentence of many figures cost the square of its length.
/// </summary>
internal sealed class StopPositions
{
    private readonly int[] lastBefore;
    private readonly int[] nextFrom;

    /// <summary>Finds the stops of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="stops">The characters that are stops.</param>
    public StopPositions(string text, string stops)
    {
        lastBefore = new int[text.Length + 1];
        nextFrom = new int[text.Length + 1];
        lastBefore[0] = -1;
        for (var i = 0; i < text.Length; i++)
        {
            lastBefore[i + 1] = stops.Contains(text[i], StringComparison.Ordinal) ? i : lastBefore[i];
        }

        nextFrom[text.Length] = text.Length;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            nextFrom[i] = stops.Contains(text[i], StringComparison.Ordinal) ? i : nextFrom[i + 1];
        }
    }

    /// <summary>The last stop before a position.</summary>
    /// <param name="before">The position (beyond the text means its end).</param>
    /// <returns>The stop's index, or -1 when there is none.</returns>
    public int LastBefore(int before) => before <= 0 ? -1 : lastBefore[Math.Min(before, lastBefore.Length - 1)];

    /// <summary>The first stop at or after a position.</summary>
    /// <param name="from">The position.</param>
    /// <returns>The stop's index, or the text's length when there is none.</returns>
    public int NextFrom(int from) => nextFrom[Math.Clamp(from, 0, nextFrom.Length - 1)];
}
