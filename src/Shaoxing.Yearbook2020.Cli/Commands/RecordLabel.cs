using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>A record of any kind in a few words, for lists that mix kinds (<c>about</c>, <c>timeline</c>).</summary>
internal static class RecordLabel
{
    /// <summary>The words its kind gives the record (<see cref="Data.RecordKind.LabelOf"/>: a meeting's kind and number, an
    /// incident's name, an honour's recipient and title …); the first line of its source for a kind without a label. A
    /// label quoting a table's row (a figure of 表6) has its cells' tabs as spaces: a label is one line of words.</summary>
    public static string Of(object record, SourceSpan source) =>
        OneLine(Yearbook.Kinds.FirstOrDefault(k => k.RecordType == record.GetType())?.LabelOf(record)
            ?? Yearbook.Quote(source.Line, source.Line).Trim());

    private static string OneLine(string label) =>
        label.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? label : string.Join(' ', label.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
