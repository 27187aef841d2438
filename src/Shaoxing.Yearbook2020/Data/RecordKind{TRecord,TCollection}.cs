using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// A record kind with its record and collection types: how its file is read, its collection built, its
/// records validated and written. Instances are made only by the generated <see cref="RecordKindRegistry"/>.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TCollection">The query collection of the records.</typeparam>
internal sealed class RecordKind<TRecord, TCollection> : RecordKind
    where TRecord : class
    where TCollection : RecordCollection<TRecord>
{
    private readonly Func<ImmutableArray<TRecord>, Yearbook, TCollection> createCollection;
    private readonly Func<DatasetFacts, IValidator<TRecord>> createValidator;
    private readonly Func<TRecord, string> idOf;
    private readonly Action<TRecord, string, IRecordFieldVisitor> visitFields;
    private readonly Func<JsonTypeInfo<ImmutableArray<TRecord>>> typeInfo;

    /// <param name="index">The kind's position in the registry.</param>
    /// <param name="fileName">The data file.</param>
    /// <param name="read">The generated reader of one record.</param>
    /// <param name="createCollection">Builds the collection from the records (and the yearbook, for cross-kind lookups).</param>
    /// <param name="createValidator">Builds the validator of one record.</param>
    /// <param name="idOf">The record's id.</param>
    /// <param name="visitFields">The generated walk over the record's ids, texts and dates.</param>
    /// <param name="typeInfo">Gets the serializer metadata the generator writes the file with: asked for only when
    /// records are written, so that reading a kind never builds the serializer's metadata of every kind.</param>
    public RecordKind(
        int index,
        string fileName,
        ItemReader<TRecord> read,
        Func<ImmutableArray<TRecord>, Yearbook, TCollection> createCollection,
        Func<DatasetFacts, IValidator<TRecord>> createValidator,
        Func<TRecord, string> idOf,
        Action<TRecord, string, IRecordFieldVisitor> visitFields,
        Func<JsonTypeInfo<ImmutableArray<TRecord>>> typeInfo)
        : base(index, fileName, typeof(TRecord))
    {
        Read = read;
        this.createCollection = createCollection;
        this.createValidator = createValidator;
        this.idOf = idOf;
        this.visitFields = visitFields;
        this.typeInfo = typeInfo;
    }

    /// <summary>The generated reader of one record.</summary>
    public ItemReader<TRecord> Read { get; }

    /// <summary>The source-generated serializer metadata of the file's array, which the generator writes with.</summary>
    public JsonTypeInfo<ImmutableArray<TRecord>> TypeInfo => typeInfo();

    /// <summary>The kind's collection in a yearbook, read when first asked for.</summary>
    public TCollection In(Yearbook yearbook) => (TCollection)yearbook.CollectionAt(Index);

    /// <inheritdoc/>
    public override IReadOnlyList<object> RecordsIn(Yearbook yearbook)
    {
        ArgumentNullException.ThrowIfNull(yearbook);
        return In(yearbook);
    }

    /// <inheritdoc/>
    public override void WriteJson(Yearbook yearbook, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(yearbook);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, In(yearbook).ToImmutableArray(), TypeInfo);
    }

    /// <inheritdoc/>
    internal override object Load(DataFileLoader loader, Yearbook yearbook) =>
        createCollection(loader.LoadArray(FileName, Read), yearbook);

    /// <inheritdoc/>
    internal override string? KeyConflict(Yearbook yearbook) => In(yearbook).KeyConflict();

    /// <inheritdoc/>
    internal override int Validate(Yearbook yearbook, DatasetFacts facts, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        var records = In(yearbook);
        var kind = typeof(TRecord).Name;
        foreach (var duplicate in records.GroupBy(idOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new YearbookValidationIssue
            {
                RecordKind = kind, RecordId = duplicate.Key, Property = "Id", Message = $"{duplicate.Count()} records share this id.",
            });
        }

        var validator = createValidator(facts);
        foreach (var record in records)
        {
            foreach (var failure in validator.Validate(record).Errors)
            {
                issues.Add(new YearbookValidationIssue
                {
                    RecordKind = kind, RecordId = idOf(record), Property = failure.PropertyName, Message = failure.ErrorMessage,
                });
            }

            // The rules every id, text and date of every kind follows, whichever property holds it.
            visitFields(record, string.Empty, new FieldRules(kind, idOf(record), facts.CoverageYear, issues));
        }

        return records.Count;
    }

    /// <inheritdoc/>
    internal override int? Count(Yearbook yearbook, string? filter)
    {
        var records = In(yearbook);
        return filter is null ? records.Count : records.CountMatching(filter);
    }

    /// <inheritdoc/>
    internal override TResult Accept<TResult>(IRecordKindVisitor<TResult> visitor) => visitor.Visit(this);

    /// <inheritdoc/>
    internal override void WriteRecords(object records, Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, (ImmutableArray<TRecord>)records, TypeInfo);
}
