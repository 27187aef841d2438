using System.Collections.Frozen;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>What the validators need to know about the whole dataset: the seed's size and the ids that exist.</summary>
internal sealed record DatasetFacts(
    int SeedLineCount,
    FrozenSet<string> SectionIds,
    FrozenSet<string> EntryIds);
