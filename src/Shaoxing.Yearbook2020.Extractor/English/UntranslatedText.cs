namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>A human-readable text of a record that the glossary does not render; its English field stays null (or its English list empty).</summary>
/// <param name="Field">The data file and property path of the text, such as <c>meetings.agendaItems.documents</c>.</param>
/// <param name="RecordId">The id of the record (the agenda item's, for an agenda item's texts) that holds it.</param>
/// <param name="Text">The Chinese text.</param>
public sealed record UntranslatedText(string Field, string RecordId, string Text);
