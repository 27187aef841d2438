namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Declares a record kind: the record type it is on is held, one JSON array of records, in a data file.
/// This attribute is the only place a kind is declared. The build's source generator
/// (<c>src/Shaoxing.Yearbook2020.Generators</c>) reads every use of it and writes
/// <see cref="RecordKindRegistry"/>: the table of kinds that the loader, the manifest, the writer,
/// <see cref="Yearbook.Validate"/>, the consistency rules' record counts, the export and the tests iterate.
/// </summary>
/// <remarks>
/// The record's XML documentation has a <c>&lt;collection&gt;</c> element (and a <c>&lt;collectionValue&gt;</c>): the
/// summary and value of the kind's <see cref="Yearbook"/> property, which the generator writes.
/// The generator needs three things of the record: an <c>Id</c> property (the key every collection
/// indexes), the validator named here with a constructor taking <c>DatasetFacts</c>, and, if named, a
/// collection type deriving from <c>RecordCollection&lt;T&gt;</c> with a constructor taking the records
/// (and optionally the <see cref="Yearbook"/>, for cross-kind lookups). Anything missing fails the build
/// with an error (YB0003–YB0005) naming the record.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class DataFileAttribute : Attribute
{
    /// <param name="fileName">The data file's name, e.g. <c>honours.json</c>.</param>
    /// <param name="validator">The FluentValidation validator of one record.</param>
    public DataFileAttribute(string fileName, Type validator)
    {
        FileName = fileName;
        Validator = validator;
    }

    /// <summary>The data file's name.</summary>
    public string FileName { get; }

    /// <summary>The validator of one record, which <see cref="Yearbook.Validate"/> runs over every record of the kind.</summary>
    public Type Validator { get; }

    /// <summary>The query collection of the kind; <c>RecordCollection&lt;T&gt;</c> (lookup by id) when not set.</summary>
    public Type? Collection { get; set; }

    /// <summary>
    /// The record's label in lists that mix kinds (<see cref="RecordKind.LabelOf"/>): text with <c>{Property}</c> for a
    /// property's value (an enum's by its JSON name) and <c>[…]</c> around a part left out when a property in it is null,
    /// such as <c>"[{Recipient}: ]{Title}"</c>; none when not set.
    /// </summary>
    public string? Label { get; set; }
}
