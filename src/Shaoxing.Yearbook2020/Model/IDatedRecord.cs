namespace Shaoxing.Yearbook2020.Model;

/// <summary>
/// A record that can carry the day it happened on: meetings, safety incidents, honours and photo captions.
/// <see cref="Yearbook.Timeline"/> puts every such record that has a date in date order.
/// </summary>
/// <remarks>The members are the records' own properties, so a record reads and writes exactly as before.</remarks>
public interface IDatedRecord
{
    /// <summary>The record's id, unique within its kind.</summary>
    /// <value>A short ASCII id.</value>
    string Id { get; }

    /// <summary>The day the record happened on or began.</summary>
    /// <value>A date, or <see langword="null"/> where the text gives none (always a date for a meeting).</value>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Naming", "CA1716:Identifiers should not match keywords",
        Justification = "The records' own property is Date; renaming it here would rename a property of the data contract.")]
    DateOnly? Date { get; }

    /// <summary>The seed lines the record was read from.</summary>
    /// <value>A span of the seed.</value>
    SourceSpan Source { get; }
}
