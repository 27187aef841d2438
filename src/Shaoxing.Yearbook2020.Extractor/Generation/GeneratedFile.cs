namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>One file the generator wrote, for its one-line summary.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Records">The number of records (for <c>dataset.json</c>, the number of files it lists).</param>
/// <param name="Bytes">The file's size.</param>
/// <param name="Sha256">The file's SHA-256.</param>
public sealed record GeneratedFile(string Name, int Records, int Bytes, string Sha256);
