using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Names;

/// <summary>One way a body, person or place is written, and the record it names.</summary>
/// <param name="Written">The name as the text may write it.</param>
/// <param name="Kind">The kind of record it names.</param>
/// <param name="TargetId">The record's id.</param>
public sealed record KnownName(string Written, NamedRecordKind Kind, string TargetId);
