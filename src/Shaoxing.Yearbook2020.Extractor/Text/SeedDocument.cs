using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Shaoxing.Yearbook2020.Extractor.Text;

/// <summary>The seed text as lines (split on <c>\n</c>, 1-based), with its name and hash.</summary>
public sealed class SeedDocument
{
    private SeedDocument(string fileName, string sha256, ImmutableArray<string> lines)
    {
        FileName = fileName;
        Sha256 = sha256;
        Lines = lines;
    }

    /// <summary>The seed's file name.</summary>
    public string FileName { get; }

    /// <summary>The lower-case hex SHA-256 of the seed's bytes.</summary>
    public string Sha256 { get; }

    /// <summary>The lines, index 0 being line 1.</summary>
    public ImmutableArray<string> Lines { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => Lines.Length;

    /// <summary>Reads a seed from bytes (UTF-8; a leading byte-order mark is not part of the text). The hash is the
    /// bytes' own, mark included.</summary>
    /// <param name="fileName">The name to record.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ExtractorException">The bytes are not valid UTF-8, or hold a control character other than tab,
    /// line feed and carriage return.</exception>
    public static SeedDocument FromBytes(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            // Editors on Windows save UTF-8 with a mark; left in, it would be the first character of the first heading.
            var body = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            throw new ExtractorException(line, "the seed is not valid UTF-8.", ex);
        }

        ImmutableArray<string> lines = [.. text.Split('\n')];
        RefuseControlCharacters(lines);
        return new SeedDocument(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), lines);
    }

    /// <summary>Refuses a control character other than tab and carriage return (a NUL of a damaged copy, an escape):
    /// it would pass unseen into every record quoting the line.</summary>
    private static void RefuseControlCharacters(ImmutableArray<string> lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var column = 0; column < line.Length; column++)
            {
                if (char.IsControl(line[column]) && line[column] is not ('\t' or '\r'))
                {
                    throw new ExtractorException(
                        i + 1,
                        $"column {column + 1} holds the control character U+{(int)line[column]:X4}; a seed may hold no control character but tab, line feed and carriage return.");
                }
            }
        }
    }

    /// <summary>Returns a copy whose lines are replaced (the corrected working text), keeping name and hash.</summary>
    internal SeedDocument WithLines(ImmutableArray<string> lines) => new(FileName, Sha256, lines);

    /// <summary>The text of a line.</summary>
    /// <param name="line">A 1-based line number.</param>
    /// <exception cref="ExtractorException">The line is outside the seed.</exception>
    public string this[int line] => line >= 1 && line <= Lines.Length
        ? Lines[line - 1]
        : throw new ExtractorException(line, $"the seed has only {Lines.Length} lines.");
}
