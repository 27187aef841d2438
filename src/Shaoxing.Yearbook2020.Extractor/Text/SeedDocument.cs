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

    /// <summary>Reads a seed from bytes (UTF-8).</summary>
    /// <param name="fileName">The name to record.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ExtractorException">The bytes are not valid UTF-8.</exception>
    public static SeedDocument FromBytes(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            throw new ExtractorException(line, "the seed is not valid UTF-8.", ex);
        }

        return new SeedDocument(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), [.. text.Split('\n')]);
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
