using System.Collections.Immutable;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>
/// A name that fits several records of one kind (two bodies sharing a short name, two people whose names read alike in
/// pinyin): the lookup cannot choose, and says which records the name fits, so that the caller can ask by id.
/// </summary>
public sealed class AmbiguousNameException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The name asked for.</param>
    /// <param name="candidates">The records it fits, two or more.</param>
    public AmbiguousNameException(string name, ImmutableArray<NameMatch> candidates)
        : base($"'{name}' fits {candidates.Length} records: {string.Join(", ", candidates)}; ask by id.")
    {
        Name = name;
        Candidates = candidates;
    }

    /// <summary>The name asked for.</summary>
    /// <value>The query as given.</value>
    public string Name { get; }

    /// <summary>The records the name fits, in the order of their data file.</summary>
    /// <value>Two or more matches.</value>
    public ImmutableArray<NameMatch> Candidates { get; }
}
