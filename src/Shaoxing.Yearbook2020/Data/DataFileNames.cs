namespace Shaoxing.Yearbook2020.Data;

/// <summary>The name of the manifest, and of every data file it must list (one per record kind).</summary>
internal static class DataFileNames
{
    /// <summary>The manifest: title, seed, generator version, and every other file's hash and record count.</summary>
    public const string Dataset = "dataset.json";

    /// <summary>Every file <c>dataset.json</c> must list, in ordinal order: the data file of each record kind.</summary>
    public static readonly IReadOnlyList<string> Listed = ListKinds();

    private static string[] ListKinds()
    {
        var kinds = RecordKindRegistry.All;
        var names = new string[kinds.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = kinds[i].FileName;
        }

        return names;
    }
}
