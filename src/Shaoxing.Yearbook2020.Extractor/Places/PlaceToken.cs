namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>A run of text shaped like an administrative name: two characters of name and a suffix (市, 区, 县, 镇, 街道 …).</summary>
/// <param name="Start">Where the name starts in its text.</param>
/// <param name="Name">The name with its suffix, e.g. <c>枫桥镇</c>.</param>
/// <param name="Suffix">The suffix, e.g. <c>镇</c>.</param>
internal readonly record struct PlaceToken(int Start, string Name, string Suffix)
{
    /// <summary>Where the name ends (exclusive).</summary>
    public int End => Start + Name.Length;

    /// <summary>The name without its suffix, e.g. <c>枫桥</c>.</summary>
    public string Stem => Name[..^Suffix.Length];

    /// <summary>
    /// The administrative level the suffix stands for, larger for smaller places: 省 0; 市 and 州 1 (a 市 may also be
    /// county-level, which only its place in the city tells); 区 and 县 2; 镇, 街道 and 乡 3.
    /// </summary>
    public int Rank => Suffix switch
    {
        "省" => 0,
        "市" or "州" => 1,
        "区" or "县" => 2,
        _ => 3,
    };

    /// <summary>Whether the token names a town-level place (镇, 街道, 乡).</summary>
    public bool IsTownLevel => Rank == 3;
}
