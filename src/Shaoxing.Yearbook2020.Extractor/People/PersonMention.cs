using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.People;

/// <summary>A person named outside the meetings' participant lists: where, in which record, and as what.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Role">The role written with the name, or <see langword="null"/>.</param>
/// <param name="Kind">What the person does or is there.</param>
/// <param name="RecordId">The meeting, entry or honour that names the person.</param>
/// <param name="Source">The seed lines that name the person.</param>
public sealed record PersonMention(string Name, string? Role, AppearanceKind Kind, string RecordId, SourceSpan Source)
{
    /// <summary>The day of the event the person is seen at, where the entry dates it before the name.</summary>
    public DateOnly? Date { get; init; }
}
