namespace Shaoxing.Yearbook2020.Data;

/// <summary>The names of the data files, as embedded and as written by the generator.</summary>
internal static class DataFileNames
{
    public const string Dataset = "dataset.json";
    public const string Sections = "sections.json";
    public const string Entries = "entries.json";
    public const string Captions = "captions.json";
    public const string Tables = "tables.json";
    public const string Corrections = "corrections.json";

    /// <summary>Every file listed in <c>dataset.json</c>, in the order the manifest lists them (ordinal).</summary>
    public static readonly IReadOnlyList<string> Listed =
        [Captions, Corrections, Entries, Sections, Tables];
}
