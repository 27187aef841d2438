using System.Collections.Immutable;

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
        return Generation.TsvReport.Write(["field", "record", "text"], untranslated.Select(u => (IReadOnlyList<string>)[u.Field, u.RecordId, u.Text]));
    }
}
