using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Data;

/// <summary>
/// Does something with a record kind's types in hand (read its file with its reader, deserialize it some other
/// way …): what code that treats every kind alike needs when it cannot be written against <see cref="RecordKind"/>
/// alone. <see cref="RecordKind.Accept{TResult}(IRecordKindVisitor{TResult})"/> calls it with the kind's types.
/// </summary>
/// <typeparam name="TResult">What the visit gives back.</typeparam>
internal interface IRecordKindVisitor<out TResult>
{
    /// <summary>Visits one kind.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TCollection">The collection type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit<TRecord, TCollection>(RecordKind<TRecord, TCollection> kind)
        where TRecord : class
        where TCollection : RecordCollection<TRecord>;
}
