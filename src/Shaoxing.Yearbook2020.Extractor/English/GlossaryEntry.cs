namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>One row of a glossary file under <c>seeds/glossary/</c>: a Chinese text of the records and its English rendering.</summary>
public sealed record GlossaryEntry
{
    /// <summary>The Chinese text exactly as a record holds it (a heading, a role, a document title …).</summary>
    /// <value>Non-empty text.</value>
    public required string Chinese { get; init; }

    /// <summary>The English rendering attached to every record field that holds <see cref="Chinese"/>.</summary>
    /// <value>Non-empty English text.</value>
    public required string English { get; init; }

    /// <summary>Why the rendering reads as it does, where that is not plain.</summary>
    /// <value>Free text, or <see langword="null"/>.</value>
    public string? Note { get; init; }
}
