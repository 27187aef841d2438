using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>
/// The English renderings of the records' human-readable texts: every <c>*.json</c> file of <c>seeds/glossary/</c>
/// read together, one entry per distinct Chinese text across all of them.
/// </summary>
public sealed class Glossary
{
    /// <summary>The folder of the seed that holds the glossary files.</summary>
    public const string FolderName = "glossary";

    private readonly Dictionary<string, (GlossaryEntry Entry, string File)> entries;

    private Glossary(Dictionary<string, (GlossaryEntry Entry, string File)> entries)
    {
        this.entries = entries;
    }

    /// <summary>A glossary with no entries: every text that needs a rendering is reported untranslated.</summary>
    public static Glossary Empty { get; } = new(new Dictionary<string, (GlossaryEntry, string)>(StringComparer.Ordinal));

    /// <summary>The entries, each with the file it came from, in file and row order.</summary>
    /// <value>Every entry once.</value>
    public IEnumerable<(GlossaryEntry Entry, string File)> Entries => entries.Values;

    /// <summary>How many entries the glossary has.</summary>
    /// <value>A count of distinct Chinese texts.</value>
    public int Count => entries.Count;

    /// <summary>Reads the glossary files; a malformed row, or a Chinese text given twice, is an error naming the file (both files for a duplicate).</summary>
    /// <param name="files">The files, in the order their entries are listed.</param>
    /// <returns>The glossary.</returns>
    /// <exception cref="ExtractorException">A file is not a list of rows, a row lacks its Chinese or English text, or a Chinese text appears twice.</exception>
    public static Glossary Parse(IEnumerable<GlossaryFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = new Dictionary<string, (GlossaryEntry Entry, string File)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var rows = CuratedFile.ReadList(file.Name, file.Bytes, GlossaryJsonContext.Default.ImmutableArrayGlossaryEntry, "glossary entries ({\"chinese\", \"english\", optional \"note\"})");
            foreach (var (row, index) in rows.Select((r, i) => (r, i)))
            {
                var problem = row switch
                {
                    _ when string.IsNullOrWhiteSpace(row.Chinese) => "the Chinese text is empty",
                    _ when string.IsNullOrWhiteSpace(row.English) => "the English rendering is empty",
                    _ when row.English != row.English.Trim() => "the English rendering starts or ends with white space",
                    _ when row.English.Any(IsCjk) => "the English rendering holds Chinese characters",
                    _ => null,
                };
                if (problem is not null)
                {
                    throw new ExtractorException(0, $"{file.Name}: item {index + 1} ('{row.Chinese}'): {problem}.");
                }

                if (entries.TryGetValue(row.Chinese, out var earlier))
                {
                    throw new ExtractorException(
                        0,
                        earlier.File == file.Name
                            ? $"{file.Name} renders '{row.Chinese}' twice (items {IndexOf(rows, row.Chinese) + 1} and {index + 1}); a text has one rendering."
                            : $"'{row.Chinese}' is rendered both in {earlier.File} and in {file.Name}; a text has one rendering, in one file.");
                }

                entries[row.Chinese] = (row, file.Name);
            }
        }

        return new Glossary(entries);
    }

    /// <summary>Reads every <c>*.json</c> file of the seed folder's <c>glossary/</c> folder, in ordinal order of their names.</summary>
    /// <param name="seedDirectory">The seed folder.</param>
    /// <returns>The files; none when the folder does not exist.</returns>
    public static ImmutableArray<GlossaryFile> FilesIn(string seedDirectory)
    {
        var folder = Path.Combine(seedDirectory, FolderName);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(path => new GlossaryFile(FolderName + "/" + Path.GetFileName(path), File.ReadAllBytes(path)))]
            : [];
    }

    /// <summary>Finds the rendering of a text.</summary>
    /// <param name="chinese">The text as a record holds it.</param>
    /// <param name="english">The rendering, when there is one.</param>
    /// <returns>Whether the glossary renders the text.</returns>
    public bool TryRender(string chinese, out string english)
    {
        if (entries.TryGetValue(chinese, out var found))
        {
            english = found.Entry.English;
            return true;
        }

        english = string.Empty;
        return false;
    }

    /// <summary>Whether a text needs a rendering: it holds a letter or a character outside ASCII (a number or <c>%</c> does not).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text is not its own English.</returns>
    public static bool NeedsRendering(string text) =>
        text.Any(c => char.IsLetter(c) || c > '\u007F');

    /// <summary>Whether a character is a CJK ideograph, or CJK punctuation or a full-width form, which English text does not hold.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a Chinese character.</returns>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF') or (>= '\uD840' and <= '\uD87F');

    private static int IndexOf(ImmutableArray<GlossaryEntry> rows, string chinese)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Chinese == chinese)
            {
                return i;
            }
        }

        return -1;
    }
}
