namespace Shaoxing.Yearbook2020.Model;

/// <summary>A piece of an entry's <see cref="Entry.Text"/> and the seed line it was taken from.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record TextSegment
{
    /// <summary>The seed line the piece was printed on.</summary>
    /// <value>A 1-based line number.</value>
    public required int Line { get; init; }

    /// <summary>Where the piece starts in <see cref="Entry.Text"/>.</summary>
    /// <value>A 0-based character index.</value>
    public required int Start { get; init; }

    /// <summary>The piece's length in characters.</summary>
    /// <value>A non-negative count.</value>
    public required int Length { get; init; }
}
