using System.Collections.Immutable;
using System.Text.Json;
using FluentValidation;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// A record kind with its record and collection types: how its file is read, its collection built, its
/// records validated and written. The generator derives one class per kind from it (see <see cref="RecordKindRegistry"/>).
/// </summary>
/// <remarks>
/// What only validation or writing needs (the validator, the field walk, the JSON writer) is an abstract member, not a
/// delegate handed to the constructor: a delegate keeps its target in every program that builds the kind, a virtual
/// member only in a program that calls it, so a Native AOT program that only reads carries neither FluentValidation nor
/// the writers.
/// </remarks>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TCollection">The query collection of the records.</typeparam>
internal abstract class RecordKind<TRecord, TCollection> : RecordKind
    where TRecord : class
    where TCollection : RecordCollection<TRecord>
{
    /// <param name="index">The kind's position in the registry.</param>
    /// <param name="fileName">The data file.</param>
    /// <param name="read">The generated reader of one record.</param>
    protected RecordKind(int index, string fileName, ItemReader<TRecord> read)
        : base(index, fileName, typeof(TRecord))
    {
        Read = read;
    }

    /// <summary>The generated reader of one record.</summary>
    public ItemReader<TRecord> Read { get; }

    /// <summary>The kind's collection in a yearbook, read when first asked for.</summary>
    public TCollection In(Yearbook yearbook) => (TCollection)yearbook.CollectionAt(Index);

    /// <summary>The record's id.</summary>
    public abstract string IdOf(TRecord record);

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
        WriteArray(In(yearbook), writer);
    }

    /// <inheritdoc/>
    public override string? LabelOf(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record is TRecord typed
            ? Label(typed)
            : throw new ArgumentException($"a {record.GetType().Name} is not a record of {FileName}.", nameof(record));
    }

    /// <inheritdoc/>
    internal override object Load(DataFileLoader loader, Yearbook yearbook) =>
        CreateCollection(loader.LoadArray(FileName, Read), yearbook);

    /// <inheritdoc/>
    internal override string? KeyConflict(Yearbook yearbook) => In(yearbook).KeyConflict();

    /// <inheritdoc/>
    internal override int Validate(Yearbook yearbook, DatasetFacts facts, ImmutableArray<YearbookValidationIssue>.Builder issues)
    {
        var records = In(yearbook);
        var kind = typeof(TRecord).Name;
        foreach (var duplicate in records.GroupBy(IdOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new YearbookValidationIssue
            {
                RecordKind = kind, RecordId = duplicate.Key, Property = "Id", Message = $"{duplicate.Count()} records share this id.",
            });
        }

        var validator = CreateValidator(facts);
        foreach (var record in records)
        {
            foreach (var failure in validator.Validate(record).Errors)
            {
                issues.Add(new YearbookValidationIssue
                {
                    RecordKind = kind, RecordId = IdOf(record), Property = failure.PropertyName, Message = failure.ErrorMessage,
                });
            }

            // The rules every id, text and date of every kind follows, whichever property holds it.
            VisitFields(record, string.Empty, new FieldRules(kind, IdOf(record), facts.CoverageYear, issues));

            // Every id a link holds is the id of a record of one of the kinds it links to.
            issues.AddRange(LinkIssues(record, facts));
        }

        return records.Count;
    }

    /// <summary>The ids of a record's links (<see cref="RecordKind.Links"/>) that are not ids of a record of a kind the link names.</summary>
    internal IEnumerable<YearbookValidationIssue> LinkIssues(TRecord record, DatasetFacts facts)
    {
        foreach (var link in Links)
        {
            foreach (var (path, id) in link.IdsIn(record))
            {
                if (!link.Targets.Any(target => facts.IdsOf(target).Contains(id)))
                {
                    yield return new YearbookValidationIssue
                    {
                        RecordKind = typeof(TRecord).Name, RecordId = IdOf(record), Property = path, Message = $"'{id}' is not the id of {LinkTargets(link)}.",
                    };
                }
            }
        }
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
        WriteArray((ImmutableArray<TRecord>)records, writer);

    /// <summary>Builds the collection from the records (and the yearbook, for cross-kind lookups).</summary>
    protected abstract TCollection CreateCollection(ImmutableArray<TRecord> records, Yearbook yearbook);

    /// <summary>Builds the validator of one record.</summary>
    protected abstract IValidator<TRecord> CreateValidator(DatasetFacts facts);

    /// <summary>The generated walk over the record's ids, texts and dates.</summary>
    protected abstract void VisitFields(TRecord record, string path, IRecordFieldVisitor visitor);

    /// <summary>Writes one record as its data file holds it (the generated writer).</summary>
    protected abstract void Write(Utf8JsonWriter writer, TRecord record);

    /// <summary>The record's label, or null for a kind without one.</summary>
    protected abstract string? Label(TRecord record);

    // "an agency or a place": each kind by its record type's name in words, with its article.
    private static string LinkTargets(RecordLink link) => string.Join(" or ", link.Targets.Select(t =>
    {
        var words = string.Concat(t.RecordType.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
    }));

    private void WriteArray(IEnumerable<TRecord> records, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var record in records)
        {
            Write(writer, record);
        }

        writer.WriteEndArray();
    }
}
