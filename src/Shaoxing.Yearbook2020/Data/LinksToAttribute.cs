namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Marks a string property (or list of strings) that holds ids of records of other kinds. The source generator
/// reads it into <see cref="RecordKind.Links"/>, which <see cref="Yearbook.Validate"/> checks every id of and
/// <see cref="Yearbook.About"/> and the export follow; a property whose name does not end in <c>Id</c> or <c>Ids</c>
/// is then held to the shape of an id like the rest.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class LinksToAttribute : Attribute
{
    /// <param name="kinds">The record types (each with <see cref="DataFileAttribute"/>) whose ids the property holds.</param>
    public LinksToAttribute(params Type[] kinds)
    {
        Kinds = kinds;
    }

    /// <summary>The record types whose ids the property holds.</summary>
    public IReadOnlyList<Type> Kinds { get; }
}
