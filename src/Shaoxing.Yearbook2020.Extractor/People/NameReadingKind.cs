namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>What a row of <c>seeds/name-readings.json</c> reads.</summary>
public enum NameReadingKind
{
    /// <summary>A character's reading in a name: the first reading the Unihan database gives it (<c>kMandarin</c>).</summary>
    Character = 0,

    /// <summary>A surname read otherwise than its characters (单 shàn, 缪 miào), or a surname of two characters (尉迟 yùchí).</summary>
    Surname = 1,

    /// <summary>A whole name read otherwise than its characters, with the reason (a person's own or official English name).</summary>
    Name = 2,
}
