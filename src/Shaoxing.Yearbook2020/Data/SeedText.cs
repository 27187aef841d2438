using System.Collections.Immutable;
using System.Text;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>The seed text this package embeds, split into lines for quoting.</summary>
internal static class SeedText
{
    /// <summary>The seed file's name under <c>seeds/</c>.</summary>
    public const string FileName = "000_7ba1952524c06baf.txt";

    /// <summary>The SHA-256 the seed has had since it was given; a test fails if the file changes.</summary>
    public const string Sha256 = "c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90";

    private static readonly Lazy<ImmutableArray<string>> LazyLines = new(ReadLines);

    private static readonly Lazy<int> LazyLineCount = new(CountLines);

    /// <summary>The seed's lines, index 0 being line 1; the text is split on <c>\n</c>.</summary>
    public static ImmutableArray<string> Lines => LazyLines.Value;

    /// <summary>The number of <see cref="Lines"/>, counted in the embedded bytes without decoding the text: the
    /// manifest check of every load needs the count, only quoting needs the lines.</summary>
    public static int LineCount => LazyLines.IsValueCreated ? LazyLines.Value.Length : LazyLineCount.Value;

    private static ImmutableArray<string> ReadLines()
    {
        using var stream = Open();
        var bytes = EmbeddedDataFileSource.ReadAll(stream);
        return [.. Encoding.UTF8.GetString(bytes).Split('\n')];
    }

    private static unsafe int CountLines()
    {
        using var stream = Open();

        // A line break is the byte 0x0A, which UTF-8 never uses inside another character: as many lines as
        // Split('\n') gives. The resource is counted where it is mapped, without a copy.
        var bytes = stream is UnmanagedMemoryStream mapped
            ? new ReadOnlySpan<byte>(mapped.PositionPointer, checked((int)mapped.Length))
            : EmbeddedDataFileSource.ReadAll(stream);
        return bytes.Count((byte)'\n') + 1;
    }

    private static Stream Open() =>
        typeof(SeedText).Assembly.GetManifestResourceStream("Seed/seed.txt")
            ?? throw new YearbookDataException("seed.txt", "the seed text is missing from the embedded resources.");
}
