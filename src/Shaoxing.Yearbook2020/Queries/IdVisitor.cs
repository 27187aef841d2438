using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Queries;

/// <summary>Reads the id of one record of a kind known only as <see cref="RecordKind"/>.</summary>
/// <param name="record">A record of the kind visited.</param>
internal sealed class IdVisitor(object record) : IRecordKindVisitor<string>
{
    /// <inheritdoc/>
    public string Visit<TRecord, TCollection>(RecordKind<TRecord, TCollection> kind)
        where TRecord : class
        where TCollection : RecordCollection<TRecord> =>
        kind.IdOf((TRecord)record);
}
