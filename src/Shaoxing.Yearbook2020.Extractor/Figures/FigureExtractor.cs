using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Consistency;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>Turns the numbers of the entries' texts and of the tables' cells into <see cref="Figure"/> records.</summary>
public static class FigureExtractor
{
    /// <summary>Extracts every figure.</summary>
    /// <param name="chapter">The text layer.</param>
    /// <param name="curated">Readable ids for figures and the tables' keys.</param>
    /// <returns>The figures: entries in text order, then table cells row by row.</returns>
    /// <exception cref="ExtractorException">A curated name fits no figure or several, or two figures share an id.</exception>
    public static ImmutableArray<Figure> Extract(ChapterExtraction chapter, CuratedRules curated)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        ArgumentNullException.ThrowIfNull(curated);
        var figures = new List<Figure>();
        var names = curated.Figures.ToLookup(n => n.EntryId, StringComparer.Ordinal);
        foreach (var entry in chapter.Entries)
        {
            var tokens = FigureParser.Parse(entry.Text, offset => LineOf(entry, offset)).Where(t => t.IsFigure).ToList();
            var ids = tokens.Select((t, i) => FormattableString.Invariant($"{entry.Id}-f{i + 1:00}")).ToArray();
            foreach (var name in names[entry.Id])
            {
                ids[Locate(entry, tokens, name)] = name.Id;
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var line = LineOf(entry, token.NumberStart);
                figures.Add(new Figure
                {
                    Id = ids[i],
                    EntryId = entry.Id,
                    Label = token.Label.Length > 0 ? token.Label : entry.Heading,
                    Scope = token.Scope,
                    Value = token.Value,
                    Unit = token.Unit,
                    NormalizedValue = token.NormalizedValue,
                    NormalizedUnit = token.NormalizedUnit,
                    Qualifier = token.Qualifier,
                    IsApproximate = token.Qualifier == FigureQualifier.Approximate,
                    IsRank = token.IsRank,
                    Quote = token.Quote,
                    Source = new SourceSpan { Line = line, EndLine = line, EntryId = entry.Id },
                });
            }
        }

        foreach (var keys in curated.Tables)
        {
            var table = chapter.Tables.FirstOrDefault(t => t.Id == keys.TableId)
                ?? throw new ExtractorException(0, $"{CuratedRulesFile.FileName} names table '{keys.TableId}', which the text does not have.");
            figures.AddRange(FromTable(table, keys));
        }

        foreach (var duplicate in figures.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new ExtractorException(duplicate.First().Source.Line, $"{duplicate.Count()} figures share the id '{duplicate.Key}'.");
        }

        return [.. figures];
    }

    private static IEnumerable<Figure> FromTable(SeedTable table, CuratedTableKeys keys)
    {
        foreach (var row in table.Rows)
        {
            if (row.Cells.Length == 0 || !keys.Rows.TryGetValue(row.Cells[0], out var rowKey))
            {
                continue;
            }

            for (var column = 1; column < row.Cells.Length && column <= keys.Columns.Length; column++)
            {
                var cell = row.Cells[column];
                var parsed = FigureParser.ParseCell(cell)
                    ?? throw new ExtractorException(row.Line, $"the cell '{cell}' of {table.Id} ({row.Cells[0]}, column {column}) is not a number.");
                var (key, label, unit) = keys.Columns[column - 1];
                yield return new Figure
                {
                    Id = $"{keys.Prefix}-{rowKey}-{key}",
                    TableId = table.Id,
                    Label = label,
                    Scope = row.Cells[0],
                    Value = parsed.Value,
                    Unit = parsed.Unit ?? unit,
                    NormalizedValue = parsed.Number,
                    NormalizedUnit = parsed.Unit ?? unit,
                    Qualifier = FigureQualifier.Exact,
                    IsApproximate = false,
                    IsRank = false,
                    Quote = cell,
                    Source = new SourceSpan { Line = row.Line, EndLine = row.Line },
                };
            }
        }
    }

    private static int Locate(Entry entry, List<NumberToken> tokens, CuratedFigureName name)
    {
        var text = entry.Text;
        var fitting = tokens
            .Select((t, i) => (t, i))
            .Where(x => x.t.Unit == name.Unit
                // A label ends with its noun: 生产安全事故 names 发生各类生产安全事故 as well.
                && (name.Label.Length == 0 || CasualtyWords.Plain(x.t.Label).EndsWith(CasualtyWords.Plain(name.Label), StringComparison.Ordinal))
                && text.AsSpan(0, x.t.Start).EndsWith(name.Before, StringComparison.Ordinal)
                && text.AsSpan(x.t.End).StartsWith(name.After, StringComparison.Ordinal))
            .ToList();
        if (name.Order is { } order)
        {
            return order <= fitting.Count
                ? fitting[order - 1].i
                : throw new ExtractorException(
                    entry.Source.Line,
                    string.Create(CultureInfo.InvariantCulture, $"{CuratedRulesFile.FileName}: figure '{name.Id}' ({name}): {entry.Id} has {fitting.Count} such figures{Quotes(fitting)}, fewer than its order."));
        }

        return fitting.Count == 1
            ? fitting[0].i
            : throw new ExtractorException(
                fitting.Count == 0 ? entry.Source.Line : LineOf(entry, fitting[0].t.NumberStart),
                string.Create(CultureInfo.InvariantCulture, $"{CuratedRulesFile.FileName}: figure '{name.Id}' ({name}): {entry.Id} has {fitting.Count} such figures{Quotes(fitting)}; give words that fit one, or its order."));
    }

    private static string Quotes(List<(NumberToken Token, int Index)> fitting) =>
        fitting.Count == 0 ? string.Empty : " (" + string.Join(", ", fitting.Select(x => x.Token.Quote)) + ")";

    /// <summary>The seed line of a text offset, from the entry's segments.</summary>
    internal static int LineOf(Entry entry, int offset) => entry.SeedLineAt(offset);
}
