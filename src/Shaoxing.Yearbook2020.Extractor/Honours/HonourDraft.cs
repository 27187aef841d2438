using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>An honour found by a rule, before ids are given and repeated reports are merged.</summary>
internal sealed record HonourDraft
{
    public required string Title { get; init; }

    public required HonourLevel Level { get; init; }

    public required RecipientKind Kind { get; init; }

    public string? Recipient { get; init; }

    public ImmutableArray<string> RecipientAliases { get; init; } = [];

    public string? Affiliation { get; init; }

    public string? Nominator { get; init; }

    public string? Group { get; init; }

    public string? Rank { get; init; }

    public int? CohortSize { get; init; }

    public string? Conferrer { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The month as <c>yyyy-MM</c>, where the text gives at least the month.</summary>
    public string? Month { get; init; }

    public bool IsProposal { get; init; }

    public required SourceSpan Source { get; init; }

    /// <summary>Where in its entry's text the report starts, to keep reports on one line in text order.</summary>
    public int Position { get; init; }
}
