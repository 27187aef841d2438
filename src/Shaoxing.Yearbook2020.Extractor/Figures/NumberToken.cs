using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>A number found in a text by <see cref="FigureParser"/>: a figure, or a number that is not one and why.</summary>
public sealed record NumberToken
{
    /// <summary>Where the quote starts in the text.</summary>
    public required int Start { get; init; }

    /// <summary>Where the digits (or Chinese numerals) start in the text.</summary>
    public required int NumberStart { get; init; }

    /// <summary>The exact phrase: the number with its sign, multiplier, 余/多 and unit.</summary>
    public required string Quote { get; init; }

    /// <summary>The number as written.</summary>
    public required string Value { get; init; }

    /// <summary>The unit as written, multiplier included; null where there is none.</summary>
    public string? Unit { get; init; }

    /// <summary>The value with 万/亿 multiplied out.</summary>
    public required decimal NormalizedValue { get; init; }

    /// <summary>The unit without its multiplier (money in 元).</summary>
    public string? NormalizedUnit { get; init; }

    /// <summary>How the words around the number bound it.</summary>
    public required FigureQualifier Qualifier { get; init; }

    /// <summary>Where the quote and the words that bound the number after it (以上, (含)以上, 以下 …) end.</summary>
    public required int End { get; init; }

    /// <summary>The noun phrase the number quantifies (see <see cref="FigureLabeler"/>).</summary>
    public required string Label { get; init; }

    /// <summary>The scope words of the number's clause (全市, 市本级, a district); null where there are none.</summary>
    public string? Scope { get; init; }

    /// <summary>Why the number is not a figure (<c>year</c>, <c>date</c>, <c>document-title</c> …); null for a figure.</summary>
    public string? Exclusion { get; init; }

    /// <summary>Whether the token is a figure.</summary>
    public bool IsFigure => Exclusion is null;

    /// <summary>Whether the number is a place in a ranking: the parser keeps 第 and 前 in the quote only for
    /// 第…名, 第…位 and 前…名 (a plain ordinal such as 第3次 is excluded).</summary>
    public bool IsRank => Quote.StartsWith('第') || Quote.StartsWith('前');
}
