namespace Shaoxing.Yearbook2020.Cli.Export;

/// <summary>
/// The columns that hold codes (<c>divisionCode</c>, a safety incident's <c>code</c>): identifiers that may be all
/// digits but are never quantities. Every format types them <c>string</c>; a reader that guesses types would make
/// <c>330600</c> a number, and where a column also has empty cells, pandas a float (<c>330600.0</c>), so the
/// descriptors and the codebook tell readers to read them as text.
/// </summary>
/// <remarks>Told by name, as units are: the record types name a code property <c>Code</c> or <c>…Code</c>.</remarks>
internal static class CodeColumns
{
    /// <summary>What a code column's description adds: how to read it.</summary>
    public const string ReadAsText = "A code, not a number: read it as text (pandas: dtype=str), or a reader that guesses types drops what makes it a code (330600 becomes 330600.0).";

    /// <summary>Whether a column holds codes.</summary>
    /// <param name="column">The column name (a flattened name's last part decides).</param>
    public static bool Is(string column)
    {
        var name = column[(column.LastIndexOf('_') + 1)..];
        return name == "code" || name.EndsWith("Code", StringComparison.Ordinal);
    }

    /// <summary>A column's description for the descriptor and the codebook: its own, and for a code column how to read it.</summary>
    /// <param name="column">The column.</param>
    public static string Describe(ExportColumn column) => Is(column.Name) ? $"{column.Description} {ReadAsText}" : column.Description;
}
