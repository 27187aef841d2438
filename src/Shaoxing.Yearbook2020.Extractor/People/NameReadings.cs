using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Shaoxing.Yearbook2020.Extractor.Text;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>
/// Writes people's names in Hanyu Pinyin as GB/T 16159 writes names: surname first, then the given name joined,
/// each capitalised, no tone marks (ü kept), an apostrophe before a syllable of the given name that starts with a, o
/// or e (<c>Xi'an</c>). Readings come from <c>seeds/name-readings.json</c>: each character's first reading in the
/// Unihan database, surnames read otherwise (单 Shan, 缪 Miao) and two-character surnames, and whole names whose
/// English form differs from their characters' readings, each with its reason.
/// </summary>
public sealed class NameReadings
{
    /// <summary>The curated file's name under <c>seeds/</c>.</summary>
    public const string FileName = "name-readings.json";

    /// <summary>The name under <c>seeds/</c> of the extract of the Unihan database: every character's first reading.</summary>
    public const string UnihanFileName = "unihan-kmandarin.txt";

    private readonly Dictionary<string, string> characters;
    private readonly Dictionary<string, string> surnames;
    private readonly Dictionary<string, string> names;

    private NameReadings(ImmutableArray<NameReading> rows, Dictionary<string, string> unihan)
    {
        Rows = rows;
        characters = unihan;
        foreach (var row in rows.Where(r => r.Kind == NameReadingKind.Character))
        {
            characters[row.Text] = row.Reading;
        }

        surnames = rows.Where(r => r.Kind == NameReadingKind.Surname).ToDictionary(r => r.Text, r => r.Reading, StringComparer.Ordinal);
        names = rows.Where(r => r.Kind == NameReadingKind.Name).ToDictionary(r => r.Text, r => r.Reading, StringComparer.Ordinal);
    }

    /// <summary>The rows, in file order.</summary>
    public ImmutableArray<NameReading> Rows { get; }

    /// <summary>Parses the curated file and the Unihan extract.</summary>
    /// <param name="bytes">The curated file's bytes.</param>
    /// <param name="unihan">The Unihan extract's bytes: <c>U+4E00</c>, a tab and a reading per line; <c>#</c> starts a comment.</param>
    /// <returns>The readings.</returns>
    /// <exception cref="ExtractorException">The curated file is not a valid list of rows, a text is read twice, a
    /// character row is not one character, or a surname or name row gives no reason; or a line of the extract is not
    /// a code point and a reading.</exception>
    public static NameReadings Parse(byte[] bytes, byte[] unihan)
    {
        ArgumentNullException.ThrowIfNull(unihan);
        var rows = CuratedFile.ReadList(FileName, bytes, NameReadingJsonContext.Default.ImmutableArrayNameReading, "readings");
        CuratedFile.RequireUnique(FileName, rows, r => r.Kind + " " + r.Text, "text");
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var problem = row switch
            {
                { Kind: NameReadingKind.Character } when new StringInfo(row.Text).LengthInTextElements != 1 => "a character row reads more than one character",
                { Kind: NameReadingKind.Surname } when new StringInfo(row.Text).LengthInTextElements is < 1 or > 2 => "a surname has one or two characters",
                { Kind: not NameReadingKind.Character, Why: null or "" } => "a surname or name read otherwise than its characters must say why",
                _ when string.IsNullOrWhiteSpace(row.Reading) => "the reading is empty",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ExtractorException(0, $"{FileName}: item {index + 1} ('{row.Text}'): {problem}.");
            }
        }

        return new NameReadings(rows, ParseUnihan(unihan));
    }

    /// <summary>The first reading of each character of the extract.</summary>
    private static Dictionary<string, string> ParseUnihan(byte[] bytes)
    {
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (character, reading) in UnihanExtract.Read(bytes, UnihanFileName, "a code point (U+4E00), a tab and a reading", r => r.Length > 0))
        {
            readings[character] = reading;
        }

        return readings;
    }

    /// <summary>A character's reading in a name: a curated character row's, else the Unihan database's first.</summary>
    /// <param name="character">One character.</param>
    /// <param name="reading">The reading with its tone mark, e.g. <c>xíng</c>.</param>
    /// <returns>Whether the character has a reading.</returns>
    internal bool TryReadCharacter(string character, out string reading) =>
        characters.TryGetValue(character, out reading!);

    /// <summary>Writes a name in pinyin.</summary>
    /// <param name="name">The name in Chinese, e.g. <c>盛阅春</c>.</param>
    /// <param name="line">The seed line that names the person, for the error.</param>
    /// <returns>The name in pinyin, e.g. <c>Sheng Yuechun</c>.</returns>
    /// <exception cref="ExtractorException">A character of the name has no reading in the file.</exception>
    public string Romanize(string name, int line)
    {
        if (names.TryGetValue(name, out var whole))
        {
            return whole;
        }

        var elements = TextElements(name);
        var surnameLength = elements.Count > 2 && surnames.ContainsKey(elements[0] + elements[1]) ? 2 : 1;
        var surnameText = string.Concat(elements.Take(surnameLength));
        var read = surnames.ContainsKey(surnameText) ? elements.Skip(surnameLength) : elements;
        var missing = read.Where(c => !characters.ContainsKey(c)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new ExtractorException(
                line,
                $"the name {name} has characters without a reading: {string.Join(", ", missing)} (neither seeds/{UnihanFileName} nor a \"character\" row of seeds/{FileName} reads them).");
        }

        var surname = surnames.TryGetValue(surnameText, out var surnameReading)
            ? surnameReading
            : string.Concat(elements.Take(surnameLength).Select(c => characters[c]));
        var given = new StringBuilder();
        foreach (var syllable in elements.Skip(surnameLength).Select(c => Plain(characters[c])))
        {
            if (given.Length > 0 && syllable[0] is 'a' or 'o' or 'e')
            {
                given.Append('\'');
            }

            given.Append(syllable);
        }

        var romanized = Capitalised(Plain(surname));
        return given.Length == 0 ? romanized : romanized + " " + Capitalised(given.ToString());
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    // The vowels pinyin marks with tones, and the vowel without its tone. (A table, not Unicode decomposition: the
    // package runs with invariant globalization, where String.Normalize leaves these letters as they are.)
    private const string Toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const string Untoned = "aaaaeeeeiiiioooouuuuüüüünnnm";

    // Tone marks off, ü kept, lower case.
    private static string Plain(string reading)
    {
        var plain = new StringBuilder(reading.Length);
        foreach (var c in reading.ToLowerInvariant())
        {
            var toned = Toned.IndexOf(c, StringComparison.Ordinal);
            plain.Append(toned < 0 ? c : Untoned[toned]);
        }

        return plain.ToString();
    }

    private static string Capitalised(string syllables) =>
        syllables.Length == 0 ? syllables : char.ToUpperInvariant(syllables[0]) + syllables[1..];
}
