using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>Reads the curated files of <c>seeds/</c> (corrections, agencies, consistency rules): every failure,
/// whatever the file's shape, becomes one <see cref="ExtractorException"/> naming the file.</summary>
public static class CuratedFile
{
    /// <summary>Reads a file that is a JSON list of rows, refusing <c>null</c> for the list and for any row.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="fileName">The file's name under <c>seeds/</c>, for errors.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="typeInfo">The source-generated type information of the list.</param>
    /// <param name="rowsAre">What the rows are, for errors (e.g. <c>corrections</c>).</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ExtractorException">The file is not a valid list of rows.</exception>
    public static ImmutableArray<T> ReadList<T>(string fileName, byte[] bytes, JsonTypeInfo<ImmutableArray<T>> typeInfo, string rowsAre)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ImmutableArray<T> rows;
        try
        {
            rows = JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ExtractorException(0, $"{fileName} is not a valid list of {rowsAre} at {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        if (rows.IsDefault)
        {
            throw new ExtractorException(0, $"{fileName} holds null instead of a list of {rowsAre}.");
        }

        // The serializer reads [null] as a list holding a null row; every reader of the rows assumes there is none.
        var empty = rows.IndexOf(null!);
        return empty < 0
            ? rows
            : throw new ExtractorException(0, $"{fileName}: item {empty + 1} (at $[{empty}]) is null instead of one of the {rowsAre}.");
    }

    /// <summary>Reads a file of another shape with a parser that may throw the usual JSON and lookup errors.</summary>
    /// <typeparam name="T">What the file holds.</typeparam>
    /// <param name="fileName">The file's name under <c>seeds/</c>, for errors.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="parse">Reads the parsed document.</param>
    /// <returns>What <paramref name="parse"/> returns.</returns>
    /// <exception cref="ExtractorException">The file is malformed.</exception>
    public static T Read<T>(string fileName, byte[] bytes, Func<JsonElement, T> parse)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ExtractorException(0, $"{fileName} is malformed: {ex.Message}", ex);
        }
    }

    /// <summary>Refuses two rows with one key.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="fileName">The file's name under <c>seeds/</c>, for errors.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="key">The key of a row.</param>
    /// <param name="keyIs">What the key is, for errors (e.g. <c>id</c>).</param>
    /// <exception cref="ExtractorException">Two rows share a key.</exception>
    public static void RequireUnique<T>(string fileName, IEnumerable<T> rows, Func<T, string> key, string keyIs)
    {
        foreach (var duplicate in rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new ExtractorException(0, $"{fileName} uses the {keyIs} '{duplicate.Key}' {duplicate.Count()} times.");
        }
    }
}
