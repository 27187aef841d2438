using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>What <see cref="EnglishLayer.Attach"/> makes: the records with English, and what the glossary lacks or holds in vain.</summary>
/// <param name="Extraction">The records with their English fields set.</param>
/// <param name="Untranslated">Every text with no rendering, in the order the records are written.</param>
/// <param name="Unused">The glossary entries whose Chinese text no record holds, each with its file.</param>
/// <param name="RenderedTexts">How many distinct texts the glossary rendered (texts that are their own English not counted).</param>
public sealed record EnglishRendering(
    DatasetExtraction Extraction,
    ImmutableArray<UntranslatedText> Untranslated,
    ImmutableArray<(GlossaryEntry Entry, string File)> Unused,
    int RenderedTexts);
