namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// One row of <c>seeds/name-readings.json</c>: how a character, a surname or a whole name is read in Hanyu Pinyin.
/// </summary>
public sealed record NameReading
{
    /// <summary>The Chinese text read: one character, a surname of one or two characters, or a whole name.</summary>
    public required string Text { get; init; }

    /// <summary>The reading: pinyin with tone marks for a character or a surname (<c>shèng</c>, <c>yùchí</c>); for a
    /// whole name, the name as it is written in English (<c>Zheng Shanjie</c>).</summary>
    public required string Reading { get; init; }

    /// <summary>What the row reads.</summary>
    public required NameReadingKind Kind { get; init; }

    /// <summary>Why a surname or a name is read otherwise than its characters' first readings; none for a character,
    /// whose reading is the Unihan database's.</summary>
    public string? Why { get; init; }
}
