using System.Globalization;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>A record of any kind in a few words, for lists that mix kinds (<c>about</c>, <c>timeline</c>).</summary>
internal static class RecordLabel
{
    /// <summary>The words that say which record this is: a meeting's kind and number, an incident's name, an honour's
    /// recipient and title, a caption's text, an entry's heading …; the first line of its source for any other kind.</summary>
    public static string Of(object record, SourceSpan source) => record switch
    {
        Meeting m => string.Create(CultureInfo.InvariantCulture, $"{KebabNames.Of(m.Kind)} meeting {m.Number}") + (m.Purpose is { } p ? " — " + p : string.Empty),
        SafetyIncident i => i.Code is { } code ? $"{code} {i.Name}" : i.Name,
        Honour h => h.Recipient is { } r ? $"{r}: {h.Title}" : h.Title,
        Caption c => c.Text,
        Entry e => e.Heading,
        Agency a => a.Name,
        Person p => p.Name,
        Place p => p.Name,
        DistrictSafetyStatistics d => d.Area,
        Figure f => $"{f.Quote} ({f.Label})",
        SeedTable t => t.Title,
        _ => Yearbook.Quote(source.Line, source.Line).Trim(),
    };
}
