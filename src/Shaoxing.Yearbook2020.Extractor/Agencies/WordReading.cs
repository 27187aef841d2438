namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>
/// One row of <c>seeds/word-readings.json</c>: how a word of bodies' names is read where one of its characters has
/// several readings (银行 yín háng, not yín xíng).
/// </summary>
public sealed record WordReading
{
    /// <summary>The Chinese text read: a word of two characters or more, or one character read so in every body's
    /// name (和 hé, the conjunction).</summary>
    public required string Text { get; init; }

    /// <summary>The reading: one syllable with its tone mark per character, separated by spaces (<c>yín háng</c>).</summary>
    public required string Reading { get; init; }

    /// <summary>Why the text is read so: what the word means, and what the other readings of its characters are.</summary>
    public required string Why { get; init; }
}
