namespace Shaoxing.Yearbook2020.Data;

/// <summary>The seed a data set must have been generated from: the data generator checks what it made
/// against the seed it was given, which need not be the one this package embeds.</summary>
/// <param name="Sha256">The lower-case hex SHA-256 of the seed's bytes.</param>
/// <param name="LineCount">The seed's number of lines (split on <c>\n</c>).</param>
internal sealed record SeedIdentity(string Sha256, int LineCount);
