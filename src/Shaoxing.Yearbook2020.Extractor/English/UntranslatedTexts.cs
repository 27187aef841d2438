using System.Collections.Immutable;
using System.Text;

namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>The report of the texts that have no English rendering, written beside the data as <c>untranslated-texts.tsv</c>.</summary>
public static class UntranslatedTexts
{
    /// <summary>The report's file name in the data folder.</summary>
    public const string FileName = "untranslated-texts.tsv";

    /// <summary>Writes the report: a header, then one text a line (field, record id, Chinese text), in the order the records are written.</summary>
    /// <param name="untranslated">The texts without a rendering.</param>
    /// <returns>The report's UTF-8 bytes.</returns>
    public static byte[] Write(ImmutableArray<UntranslatedText> untranslated)
    {
        var text = new StringBuilder("field\trecord\ttext\n");
        foreach (var u in untranslated)
        {
            text.Append(u.Field).Append('\t').Append(u.RecordId).Append('\t').Append(u.Text).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
