using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Agencies;

/// <summary>
/// Writes bodies' names in Hanyu Pinyin: one syllable per character, lower case, with its tone mark, separated by
/// spaces (绍兴市应急管理局 → <c>shào xīng shì yìng jí guǎn lǐ jú</c>); characters that are not Chinese and not
/// letters or digits (the parentheses of a name) are left out. A character is read as people's names read it (see
/// <see cref="NameReadings"/>), unless that first reading does not settle it: the Unihan database gives it several
/// readings, or one other than the first (<c>seeds/unihan-polyphones.txt</c>). Then a row of
/// <c>seeds/word-readings.json</c> must decide it, the longest row that starts at the character (银行 yín háng,
/// 应急 yìng jí, 协调 xié tiáo, 电子 diàn zǐ), or the name is refused: no reading is guessed.
/// </summary>
public sealed class BodyNameReadings
{
    /// <summary>The curated file's name under <c>seeds/</c>.</summary>
    public const string FileName = "word-readings.json";

    /// <summary>The name under <c>seeds/</c> of the extract of the Unihan database: every character whose first reading
    /// does not settle how a word reads it, with its readings.</summary>
    public const string PolyphonesFileName = "unihan-polyphones.txt";

    private readonly NameReadings characters;
    private readonly Dictionary<string, ImmutableArray<string>> polyphones;
    private readonly Dictionary<string, string[]> words;
    private readonly int longestWord;

    private BodyNameReadings(ImmutableArray<WordReading> rows, NameReadings characters, Dictionary<string, ImmutableArray<string>> polyphones)
    {
        Rows = rows;
        this.characters = characters;
        this.polyphones = polyphones;
        words = rows.ToDictionary(r => r.Text, r => r.Reading.Split(' '), StringComparer.Ordinal);
        longestWord = rows.Select(r => TextElements(r.Text).Count).DefaultIfEmpty(0).Max();
    }

    /// <summary>The rows, in file order.</summary>
    public ImmutableArray<WordReading> Rows { get; }

    /// <summary>Parses the curated file and the Unihan extract of characters whose first reading does not settle them.</summary>
    /// <param name="bytes">The curated file's bytes.</param>
    /// <param name="characters">Each character's reading, as people's names read it.</param>
    /// <param name="polyphones">The extract's bytes: <c>U+884C</c>, a tab and the readings separated by spaces per
    /// line; <c>#</c> starts a comment.</param>
    /// <returns>The readings.</returns>
    /// <exception cref="ExtractorException">The curated file is not a valid list of rows, a text is read twice, a row
    /// gives no reason, its reading has not one syllable per character, or a syllable is not a reading of its
    /// character; or a line of the extract is not a code point and its readings.</exception>
    public static BodyNameReadings Parse(byte[] bytes, NameReadings characters, byte[] polyphones)
    {
        ArgumentNullException.ThrowIfNull(characters);
        ArgumentNullException.ThrowIfNull(polyphones);
        var rows = CuratedFile.ReadList(FileName, bytes, WordReadingJsonContext.Default.ImmutableArrayWordReading, "readings");
        CuratedFile.RequireUnique(FileName, rows, r => r.Text, "text");
        var readings = ParsePolyphones(polyphones);
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var elements = TextElements(row.Text);
            var syllables = row.Reading.Split(' ');
            var problem = row switch
            {
                _ when string.IsNullOrWhiteSpace(row.Why) => "a word's reading must say why",
                _ when elements.Count == 0 => "the text is empty",
                _ when syllables.Length != elements.Count => $"the reading has {syllables.Length} syllables for {elements.Count} characters (one syllable per character, separated by spaces)",
                _ => elements.Zip(syllables)
                    .Where(p => !IsReadingOf(p.First, p.Second, characters, readings))
                    .Select(p => $"{p.Second} is not a reading of {p.First}")
                    .FirstOrDefault(),
            };
            if (problem is not null)
            {
                throw new ExtractorException(0, $"{FileName}: item {index + 1} ('{row.Text}'): {problem}.");
            }
        }

        return new BodyNameReadings(rows, characters, readings);
    }

    /// <summary>Writes every body's name in pinyin.</summary>
    /// <param name="agencies">The bodies.</param>
    /// <returns>The bodies, each with its <see cref="Agency.Pinyin"/>, in the same order.</returns>
    /// <exception cref="ExtractorException">A name holds a character without a reading, or one whose first reading does
    /// not settle it and that no row decides: every such name is listed, with the characters.</exception>
    public ImmutableArray<Agency> Read(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var read = new List<Agency>();
        var problems = new List<string>();
        foreach (var agency in agencies)
        {
            var (pinyin, problem) = ReadName(agency.Name);
            if (problem is not null)
            {
                problems.Add($"{agency.Name} (line {agency.Source.Line}): {problem}");
            }

            read.Add(agency with { Pinyin = pinyin });
        }

        return problems.Count == 0
            ? [.. read]
            : throw new ExtractorException(
                0,
                $"{problems.Count} bodies' names cannot be read in pinyin; add a row of seeds/{FileName} (the word and its reading, with why) for each character its first reading does not settle:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems));
    }

    /// <summary>Writes a body's name in pinyin.</summary>
    /// <param name="name">The name in Chinese, e.g. <c>绍兴银行股份有限公司</c>.</param>
    /// <returns>The name in pinyin, e.g. <c>shào xīng yín háng gǔ fèn yǒu xiàn gōng sī</c>.</returns>
    /// <exception cref="ExtractorException">A character has no reading, or its first does not settle it and no row decides it.</exception>
    public string Romanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (pinyin, problem) = ReadName(name);
        return problem is null ? pinyin : throw new ExtractorException(0, $"{name}: {problem}");
    }

    private (string Pinyin, string? Problem) ReadName(string name)
    {
        var elements = TextElements(name);
        var syllables = new List<string>();
        var undecided = new List<string>();
        var missing = new List<string>();
        for (var i = 0; i < elements.Count;)
        {
            if (LongestWordAt(elements, i) is { } word)
            {
                syllables.AddRange(word);
                i += word.Length;
                continue;
            }

            var element = elements[i++];
            if (characters.TryReadCharacter(element, out var reading))
            {
                if (polyphones.TryGetValue(element, out var several))
                {
                    undecided.Add($"{element} ({string.Join(", ", several)})");
                }

                syllables.Add(reading);
            }
            else if (char.IsLetterOrDigit(element, 0) && element[0] < 0x2E80)
            {
                // A Latin letter or digit is its own rendering.
                syllables.Add(element.ToLowerInvariant());
            }
            else if (char.IsLetterOrDigit(element, 0))
            {
                missing.Add(element);
            }
        }

        var problems = new List<string>();
        if (undecided.Count > 0)
        {
            problems.Add("no word reading decides " + string.Join(", ", undecided.Distinct(StringComparer.Ordinal)));
        }

        if (missing.Count > 0)
        {
            problems.Add($"characters without a reading in seeds/{NameReadings.UnihanFileName}: " + string.Join(", ", missing.Distinct(StringComparer.Ordinal)));
        }

        return (string.Join(' ', syllables), problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private string[]? LongestWordAt(List<string> elements, int start)
    {
        for (var length = Math.Min(longestWord, elements.Count - start); length >= 1; length--)
        {
            if (words.TryGetValue(string.Concat(elements.Skip(start).Take(length)), out var word))
            {
                return word;
            }
        }

        return null;
    }

    // A row's syllable is one of the character's readings: one the extract lists for a character with several, else
    // the one people's names read it with.
    private static bool IsReadingOf(string character, string syllable, NameReadings characters, Dictionary<string, ImmutableArray<string>> polyphones) =>
        polyphones.TryGetValue(character, out var several)
            ? several.Contains(syllable, StringComparer.Ordinal)
            : characters.TryReadCharacter(character, out var reading) && reading == syllable;

    /// <summary>The readings of each character of the extract.</summary>
    private static Dictionary<string, ImmutableArray<string>> ParsePolyphones(byte[] bytes)
    {
        var readings = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var shape = "a code point (U+884C), a tab and its readings separated by spaces";
        foreach (var (character, several) in UnihanExtract.Read(bytes, PolyphonesFileName, shape, r => r.Length > 0 && r.Split(' ').All(s => s.Length > 0)))
        {
            readings[character] = [.. several.Split(' ')];
        }

        return readings;
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
}
