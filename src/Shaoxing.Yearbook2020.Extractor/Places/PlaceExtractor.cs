using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Places;

/// <summary>
/// Finds every place the chapter names (see <see cref="PlaceFinder"/> for the ways it names them, and
/// <see cref="ZoneFinder"/> for the bays and development zones named after known places), gives each
/// its short forms and every seed line that names it, and joins the curated knowledge of
/// <c>seeds/places.json</c> (id, English name, division code).
/// </summary>
public static class PlaceExtractor
{
    /// <summary>Extracts the places.</summary>
    /// <param name="chapter">The text layer.</param>
    /// <param name="districtStatistics">The rows of 表6, whose areas are the city's county-level areas.</param>
    /// <param name="curated">The rows of <c>seeds/places.json</c>.</param>
    /// <param name="seed">The seed text, where the entries' headings are found.</param>
    /// <returns>The places, in order of first mention.</returns>
    /// <exception cref="ExtractorException">表6 names no city or an area that is not a place name, the text names a
    /// place the curated file has no row for, or a curated row names no place of the text.</exception>
    public static ImmutableArray<Place> Extract(
        ChapterExtraction chapter, ImmutableArray<DistrictSafetyStatistics> districtStatistics, ImmutableArray<CuratedPlace> curated, SeedDocument seed) =>
        ExtractReporting(chapter, districtStatistics, curated, seed).Places;

    /// <summary>Extracts the places, and reports the places the text names that no curated row describes: each becomes a
    /// record with what the text gives (its name, an id from its line, its name for an English name) and a report row.</summary>
    /// <param name="chapter">The text layer.</param>
    /// <param name="districtStatistics">The rows of 表6, whose areas are the city's county-level areas.</param>
    /// <param name="curated">The rows of <c>seeds/places.json</c>.</param>
    /// <param name="seed">The seed text, where the entries' headings are found.</param>
    /// <returns>The places, in order of first mention, and the report rows of the uncurated ones.</returns>
    /// <exception cref="ExtractorException">表6 names no city or an area that is not a place name, or a curated row names
    /// no place of the text.</exception>
    public static (ImmutableArray<Place> Places, ImmutableArray<Names.UncuratedRecord> Uncurated) ExtractReporting(
        ChapterExtraction chapter, ImmutableArray<DistrictSafetyStatistics> districtStatistics, ImmutableArray<CuratedPlace> curated, SeedDocument seed)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        ArgumentNullException.ThrowIfNull(seed);
        var table6 = chapter.Tables.FirstOrDefault(t => t.Number == 6)
            ?? throw new ExtractorException(0, "the chapter has no 表6, whose title names the city and whose rows name its areas");
        var city = PlaceFinder.TokenAt(table6.Title, 0) is { Suffix: "市" } title
            ? title
            : throw new ExtractorException(table6.Source.Line, $"表6's title '{table6.Title}' does not begin with the name of a city (…市).");
        var areas = districtStatistics.Where(r => !r.IsTotal)
            .Select(r => PlaceFinder.TokenAt(r.Area, 0) is { Rank: 1 or 2 } area && area.Name == r.Area
                ? area
                : throw new ExtractorException(r.Source.Line, $"表6's area '{r.Area}' is not the name of a district, county or county-level city."))
            .ToList();

        var units = Units(chapter, seed);
        var found = PlaceFinder.Find(units, city, areas);
        var areaNames = areas.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        var aliases = found.Values.ToDictionary(s => s.Token.Name, s => AliasesOf(s.Token, units), StringComparer.Ordinal);

        // The places the text names only without their suffix: a curated row says how they are written.
        var written = curated.Where(r => !found.ContainsKey(r.Name) && !r.WrittenAs.IsDefaultOrEmpty)
            .Select(r => (Row: r, Used: r.WrittenAs.Where(w => units.Any(u => u.Text.Contains(w, StringComparison.Ordinal))).ToImmutableArray()))
            .Where(x => x.Used.Length > 0)
            .ToList();
        foreach (var (row, used) in written)
        {
            aliases[row.Name] = [.. used.Where(w => w != row.Name)];
        }

        // Bays and development zones are named by longer names built on the places found so far.
        var writings = found.Keys.Concat(written.Select(w => w.Row.Name)).Select(n => (n, n))
            .Concat(aliases.SelectMany(a => a.Value.Select(alias => (alias, a.Key))))
            .ToList();
        var bays = ZoneFinder.Bays(units, writings);
        var zones = ZoneFinder.Zones(units, writings.Concat(bays.Select(b => (b.Name, b.Name))), areaNames.Append(city.Name).ToHashSet(StringComparer.Ordinal));
        var features = bays.Concat(zones).Where(f => !found.ContainsKey(f.Name) && !written.Exists(w => w.Row.Name == f.Name)).ToList();
        foreach (var feature in features)
        {
            aliases[feature.Name] = [];
        }

        // A zone's name holds the places it is named after (上虞, 杭州湾), which it names too; a bay's name does not name the
        // place it is called after (杭州湾 is no mention of 杭州). So zones are looked for on their own.
        var zoneNames = features.Where(f => f.Kind == PlaceKind.DevelopmentZone).Select(f => f.Name).ToList();
        var names = new PlaceNames(found.Keys.Concat(written.Select(w => w.Row.Name)).Concat(features.Select(f => f.Name)).Except(zoneNames).Select(n => (n, n))
            .Concat(aliases.SelectMany(a => a.Value.Select(alias => (alias, a.Key)))));
        var zoneOccurrences = new PlaceNames(zoneNames.Select(n => (n, n)));
        var sources = found.Keys.Concat(written.Select(w => w.Row.Name)).Concat(features.Select(f => f.Name))
            .ToDictionary(n => n, _ => new List<SourceSpan>(), StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var occurrence in names.In(unit.Text).Concat(zoneOccurrences.In(unit.Text)))
            {
                var span = unit.SourceOf(occurrence.Start, occurrence.Length);
                if (!sources[occurrence.Key].Contains(span))
                {
                    sources[occurrence.Key].Add(span);
                }
            }
        }

        var rows = curated.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var row in curated.Where(r => !found.ContainsKey(r.Name) && !written.Exists(w => w.Row == r) && !features.Exists(f => f.Name == r.Name)))
        {
            throw new ExtractorException(0, $"{CuratedPlaceFile.FileName} has a row for '{row.Name}', which the text does not name as a place.");
        }

        var places = new List<Place>();
        var uncurated = new List<Names.UncuratedRecord>();
        CuratedPlace RowOf(string name, ImmutableArray<SourceSpan> spans)
        {
            if (rows.TryGetValue(name, out var row))
            {
                return row;
            }

            // Knowledge is added, not required: without a row the place is a record with what the text gives.
            var line = spans.FirstOrDefault()?.Line ?? 0;
            row = new CuratedPlace
            {
                Name = name,
                Id = FormattableString.Invariant($"place-line-{line}-{uncurated.Count(u => u.Id.StartsWith($"place-line-{line}-", StringComparison.Ordinal)) + 1}"),
                EnglishName = name,
            };
            uncurated.Add(new Names.UncuratedRecord("place", row.Id, name, "englishName, divisionCode"));
            return row;
        }

        foreach (var sighting in found.Values)
        {
            var name = sighting.Token.Name;
            var spans = sources[name].OrderBy(s => s.Line).ThenBy(s => s.EndLine).ThenBy(s => s.EntryId, StringComparer.Ordinal).ToImmutableArray();
            var row = RowOf(name, spans);

            places.Add(new Place
            {
                Id = row.Id,
                Name = name,
                Kind = PlaceFinder.KindOf(sighting, city.Name, areaNames, n => found.TryGetValue(n, out var s) ? s.Token : null),
                ParentId = sighting.ParentName is { } parent ? rows.GetValueOrDefault(parent)?.Id : null,
                EnglishName = row.EnglishName,
                DivisionCode = row.DivisionCode,
                Aliases = aliases[name],
                Source = spans[0],
                Sources = spans,
            });
        }

        foreach (var (row, _) in written)
        {
            var spans = sources[row.Name].OrderBy(s => s.Line).ThenBy(s => s.EndLine).ThenBy(s => s.EntryId, StringComparer.Ordinal).ToImmutableArray();
            if (spans.IsEmpty)
            {
                continue;
            }

            places.Add(new Place
            {
                Id = row.Id,
                Name = row.Name,
                Kind = row.Kind ?? throw new ExtractorException(spans[0].Line, $"{CuratedPlaceFile.FileName}: the row for '{row.Name}', written without its suffix, gives no kind."),
                ParentId = row.ParentId,
                EnglishName = row.EnglishName,
                DivisionCode = row.DivisionCode,
                Aliases = aliases[row.Name],
                Source = spans[0],
                Sources = spans,
            });
        }

        foreach (var feature in features)
        {
            var spans = sources[feature.Name].OrderBy(s => s.Line).ThenBy(s => s.EndLine).ThenBy(s => s.EntryId, StringComparer.Ordinal).ToImmutableArray();
            var row = RowOf(feature.Name, spans);
            places.Add(new Place
            {
                Id = row.Id,
                Name = feature.Name,
                Kind = feature.Kind,
                ParentId = feature.ParentName is { } parent ? rows.GetValueOrDefault(parent)?.Id : null,
                EnglishName = row.EnglishName,
                DivisionCode = row.DivisionCode,
                Aliases = [],
                Source = spans[0],
                Sources = spans,
            });
        }

        var byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return (
            [.. places.Select(p => p with { CountyDivisionCode = CountyCodeOf(p, byId) }).OrderBy(p => p.Source.Line).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. uncurated]);
    }

    // The code of the first county-level area met walking up from the place itself (a parent chain is short; a cycle,
    // which validation reports, ends the walk).
    private static string? CountyCodeOf(Place place, Dictionary<string, Place> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (Place? at = place; at is not null && seen.Add(at.Id); at = at.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            if (at.Kind is PlaceKind.District or PlaceKind.CountyLevelCity or PlaceKind.County)
            {
                return at.DivisionCode;
            }
        }

        return null;
    }

    /// <summary>The ways a place's name is written: by full name, and for the city, its areas and places outside it
    /// (not towns, whose short forms name other things: 枫桥经验) by the name without its suffix where the text uses it so.</summary>
    internal static ImmutableArray<string> AliasesOf(PlaceToken token, IReadOnlyList<TextUnit> units)
    {
        if (token.IsTownLevel)
        {
            return [];
        }

        var stem = token.Stem;
        foreach (var unit in units)
        {
            for (var i = unit.Text.IndexOf(stem, StringComparison.Ordinal); i >= 0; i = unit.Text.IndexOf(stem, i + 1, StringComparison.Ordinal))
            {
                if (string.CompareOrdinal(unit.Text, i + stem.Length, token.Suffix, 0, token.Suffix.Length) != 0)
                {
                    return [stem];
                }
            }
        }

        return [];
    }

    /// <summary>The texts places are looked for in: every entry's heading and text, the captions, the tables' titles and rows.</summary>
    internal static IReadOnlyList<TextUnit> Units(ChapterExtraction chapter, SeedDocument seed)
    {
        var units = new List<TextUnit>();
        foreach (var entry in chapter.Entries)
        {
            var line = HeadingLine(entry, seed);
            var heading = new SourceSpan { Line = line, EndLine = line, EntryId = entry.Id };
            units.Add(new TextUnit(entry.Heading, entry.Id, (_, _) => heading));
            units.Add(new TextUnit(entry.Text, entry.Id, entry.SourceOf));
        }

        foreach (var caption in chapter.Captions)
        {
            units.Add(new TextUnit(caption.Text, null, (_, _) => caption.Source));
        }

        foreach (var table in chapter.Tables)
        {
            var title = new SourceSpan { Line = table.Source.Line, EndLine = table.Rows.Length > 0 ? Math.Max(table.Source.Line, table.Rows.Min(r => r.Line) - 1) : table.Source.Line };
            units.Add(new TextUnit(table.Title, null, (_, _) => title));
            foreach (var row in table.Rows)
            {
                var span = new SourceSpan { Line = row.Line, EndLine = row.Line };
                units.Add(new TextUnit(string.Join('\t', row.Cells), null, (_, _) => span));
            }
        }

        return units;
    }

    /// <summary>The seed line of an entry's heading: not always its first line, since text printed before the heading
    /// may be moved into the entry.</summary>
    internal static int HeadingLine(Entry entry, SeedDocument seed)
    {
        var start = "【" + entry.Heading[..Math.Min(2, entry.Heading.Length)];
        for (var line = entry.Source.Line; line <= entry.Source.EndLine; line++)
        {
            if (string.Concat(seed[line].Where(c => !char.IsWhiteSpace(c))).Contains(start, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return entry.Source.Line;
    }
}
