using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>A record of any kind in a few words, for lists that mix kinds (<c>about</c>, <c>timeline</c>).</summary>
internal static class RecordLabel
{
    /// <summary>The words its kind gives the record (<see cref="Data.RecordKind.LabelOf"/>: a meeting's kind and number, an
    /// incident's name, an honour's recipient and title …); the first line of its source for a kind without a label.</summary>
    public static string Of(object record, SourceSpan source) =>
        Yearbook.Kinds.FirstOrDefault(k => k.RecordType == record.GetType())?.LabelOf(record)
            ?? Yearbook.Quote(source.Line, source.Line).Trim();
}
