namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// What the generated <c>{Record}Reader.VisitFields</c> shows every field to: the rules that hold for every id,
/// every text or every date of every record kind (see <c>Validation.FieldRules</c>) take them from here, so
/// that a field added to a record is checked without being listed anywhere.
/// </summary>
internal interface IRecordFieldVisitor
{
    /// <summary>An id, or a reference to one: a string property whose name ends in <c>Id</c> or is marked <see cref="IdReferenceAttribute"/>, or an element of one ending in <c>Ids</c>.</summary>
    /// <param name="path">The property path, such as <c>AgendaItems[2].Presenters[0].AgencyId</c>.</param>
    /// <param name="value">The id, or null where the reference is optional and absent.</param>
    void Id(string path, string? value);

    /// <summary>Any other string: a name, title, text, code, quote.</summary>
    /// <param name="path">The property path.</param>
    /// <param name="value">The text, or null where it is optional and absent.</param>
    /// <param name="multiline">Whether the property is marked <see cref="MultilineTextAttribute"/>: paragraphs, with line breaks in place.</param>
    void Text(string path, string? value, bool multiline);

    /// <summary>A date.</summary>
    /// <param name="path">The property path.</param>
    /// <param name="value">The date, or null where it is optional and absent.</param>
    /// <param name="anyYear">Whether the property is marked <see cref="AnyYearAttribute"/>: a date the text names, in whatever year it names.</param>
    void Date(string path, DateOnly? value, bool anyYear);
}
