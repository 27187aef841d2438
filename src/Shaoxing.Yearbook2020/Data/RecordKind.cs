using System.Collections.Immutable;
using System.Text.Json;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// One kind of record the dataset holds (meetings, honours, figures …): its data file, its record type and
/// its records in a given <see cref="Yearbook"/>. <see cref="Yearbook.Kinds"/> lists every kind.
/// </summary>
/// <remarks>
/// Use it to treat every kind alike without naming each one: to export every record, count the records
/// of every file, or print the records of a kind chosen at run time. Instances are immutable and
/// thread-safe. Kinds are declared by the package; other assemblies cannot add one.
/// </remarks>
public abstract class RecordKind
{
    private protected RecordKind(int index, string fileName, Type recordType)
    {
        Index = index;
        FileName = fileName;
        Name = fileName.EndsWith(".json", StringComparison.Ordinal) ? fileName[..^".json".Length] : fileName;
        RecordType = recordType;
    }

    /// <summary>The kind's name: its data file's name without <c>.json</c>.</summary>
    /// <value>A kebab-case name such as <c>honours</c> or <c>district-safety-statistics</c>.</value>
    public string Name { get; }

    /// <summary>The data file that holds the kind's records.</summary>
    /// <value>A file name such as <c>honours.json</c>, as listed in <c>dataset.json</c>.</value>
    public string FileName { get; }

    /// <summary>The type of one record.</summary>
    /// <value>A record type of <see cref="Model"/>, such as <see cref="Model.Honour"/>.</value>
    public Type RecordType { get; }

    /// <summary>The kind's position in <see cref="Yearbook.Kinds"/>.</summary>
    internal int Index { get; }

    /// <summary>The kind's records in a yearbook, in the order of their data file.</summary>
    /// <param name="yearbook">The yearbook to read them from.</param>
    /// <returns>The records (typed as <see cref="RecordType"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yearbook"/> is null.</exception>
    /// <exception cref="YearbookDataException">The kind's data file is damaged.</exception>
    public abstract IReadOnlyList<object> RecordsIn(Yearbook yearbook);

    /// <summary>Writes the kind's records of a yearbook as one JSON array, exactly as its data file holds them.</summary>
    /// <param name="yearbook">The yearbook to read them from.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="YearbookDataException">The kind's data file is damaged.</exception>
    public abstract void WriteJson(Yearbook yearbook, Utf8JsonWriter writer);

    /// <summary>The columns of the kind's records: each property's name in the data files, type, unit, description and
    /// allowed values, nested records' included; what an export needs to lay the records out as tables.</summary>
    /// <value>Made from the record types' declarations and XML documentation when the package was built; the same instance on every call.</value>
    public abstract RecordSchema Schema { get; }

    /// <summary>Every property of the kind's records (or of records inside them) that holds ids of records of a kind.</summary>
    /// <value>In declaration order; empty for a kind that links none.</value>
    public abstract ImmutableArray<RecordLink> Links { get; }

    /// <summary>A record of the kind in a few words, for lists that mix kinds: a meeting's kind and number, an
    /// incident's name, an honour's recipient and title, a caption's text, an entry's heading ….</summary>
    /// <param name="record">A record of the kind.</param>
    /// <returns>The words, or <see langword="null"/> for a kind that has no label (its records' seed lines say which they are).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="record"/> is not a record of the kind.</exception>
    public abstract string? LabelOf(object record);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Reads the kind's file and builds its collection.</summary>
    internal abstract object Load(DataFileLoader loader, Yearbook yearbook);

    /// <summary>What makes a key of the kind's collection ambiguous, or null.</summary>
    internal abstract string? KeyConflict(Yearbook yearbook);

    /// <summary>Runs the kind's validator over its records, adding what it finds.</summary>
    /// <returns>The number of records checked.</returns>
    internal abstract int Validate(Yearbook yearbook, DatasetFacts facts, ImmutableArray<YearbookValidationIssue>.Builder issues);

    /// <summary>Counts the kind's records, or those a filter selects (see the collections' <c>CountMatching</c>).</summary>
    /// <returns>The count, or null when the kind has no such filter.</returns>
    internal abstract int? Count(Yearbook yearbook, string? filter);

    /// <summary>Calls a visitor with the kind's record and collection types.</summary>
    internal abstract TResult Accept<TResult>(IRecordKindVisitor<TResult> visitor);

    /// <summary>Writes extracted records (an <see cref="ImmutableArray{T}"/> of the record type) as the kind's data file.</summary>
    internal abstract void WriteRecords(object records, Utf8JsonWriter writer);
}
