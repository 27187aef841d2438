using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Corrections;

/// <summary>Applies the line-level corrections (replacements and removed lines) to a copy of the seed's lines.</summary>
public static class LineEditor
{
    /// <summary>Returns the seed with every <see cref="CorrectionKind.Replace"/> and
    /// <see cref="CorrectionKind.RemoveLine"/> correction applied, in file order.</summary>
    /// <param name="seed">The seed as given.</param>
    /// <param name="corrections">The curated corrections.</param>
    /// <returns>The working text; line numbers are unchanged (a removed line becomes empty).</returns>
    /// <exception cref="ExtractorException">A correction's line is outside the seed, or its original text is not on that line.</exception>
    public static SeedDocument Apply(SeedDocument seed, IEnumerable<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(corrections);
        var lines = seed.Lines.ToArray();
        foreach (var correction in corrections)
        {
            if (correction.Line < 1 || correction.Line > lines.Length)
            {
                throw new ExtractorException(correction.Line, $"correction {correction.Id} applies to line {correction.Line}, but the seed has {lines.Length} lines.");
            }

            var current = lines[correction.Line - 1];
            switch (correction.Kind)
            {
                case CorrectionKind.Replace:
                    var original = correction.Original
                        ?? throw new ExtractorException(correction.Line, $"correction {correction.Id} replaces nothing: it has no original text.");
                    var at = current.IndexOf(original, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        throw new ExtractorException(
                            correction.Line, $"correction {correction.Id} expects '{original}' on this line, and it is not there.");
                    }

                    lines[correction.Line - 1] = string.Concat(current.AsSpan(0, at), correction.Corrected, current.AsSpan(at + original.Length));
                    break;
                case CorrectionKind.RemoveLine:
                    if (correction.Original is { } expected && TextNormalizer.Normalize(current) != TextNormalizer.Normalize(expected))
                    {
                        throw new ExtractorException(
                            correction.Line, $"correction {correction.Id} removes '{expected}', but the line reads '{current}'.");
                    }

                    lines[correction.Line - 1] = string.Empty;
                    break;
                default:
                    break;
            }
        }

        return seed.WithLines(ImmutableArray.Create(lines));
    }
}
