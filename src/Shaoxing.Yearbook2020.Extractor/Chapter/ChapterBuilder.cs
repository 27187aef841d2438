using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Layout;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Chapter;

/// <summary>
/// Builds sections, entries, captions and tables from the seed and the curated corrections:
/// applies the line edits, reads the page's blocks, assigns body text to its entry, and puts
/// text printed out of reading order back where the corrections file says it belongs.
/// </summary>
public static class ChapterBuilder
{
    private static readonly Regex CaptionDate = new(
        @"^(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(至((?<endMonth>[0-9]{1,2})月)?(?<endDay>[0-9]{1,2})日)?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Extracts the text layer.</summary>
    /// <param name="seed">The seed as given.</param>
    /// <param name="corrections">The curated corrections.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ExtractorException">The text cannot be read as the chapter's layout, naming the seed line.</exception>
    public static ChapterExtraction Build(SeedDocument seed, ImmutableArray<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var working = LineEditor.Apply(seed, corrections);
        var blocks = LayoutReader.Read(working);
        var state = new BuildState(corrections);
        foreach (var block in blocks)
        {
            state.Accept(block);
        }

        return state.Finish(seed.LineCount);
    }

    private sealed class BuildState(ImmutableArray<Correction> corrections)
    {
        private readonly List<SectionDraft> sections = [];
        private readonly List<Caption> captions = [];
        private readonly List<SeedTable> tables = [];
        private readonly List<string> warnings = [];
        private readonly Dictionary<Correction, List<LayoutBlock>> moved = [];
        private readonly HashSet<string> inferredSections = new(StringComparer.Ordinal);
        private EntryDraft? entry;
        private LayoutBlockKind? lastKind;

        // Accept refuses every block before the first section title, so there is always one here.
        private SectionDraft Section => sections[^1];

        public void Accept(LayoutBlock block)
        {
            var previousKind = lastKind;
            lastKind = block.Kind;
            if (corrections.FirstOrDefault(c => c.Kind == CorrectionKind.InferSection && c.Line == block.Line) is { } inferred
                && inferredSections.Add(inferred.Id))
            {
                StartSection(new SectionDraft(sections.Count + 1, null, inferred.Corrected, block.Line));
            }

            if (block.Kind != LayoutBlockKind.SectionTitle && sections.Count == 0)
            {
                throw new ExtractorException(block.Line, $"a {block.Kind} comes before the first section title.");
            }

            switch (block.Kind)
            {
                case LayoutBlockKind.SectionTitle:
                    StartSection(new SectionDraft(sections.Count + 1, block.Text, null, block.Line));
                    break;
                case LayoutBlockKind.Heading:
                    entry = new EntryDraft(Section, Section.Entries.Count + 1, block);
                    Section.Entries.Add(entry);
                    Section.LastLine = block.EndLine;
                    break;
                case LayoutBlockKind.Paragraph:
                    AcceptParagraph(block, previousKind is LayoutBlockKind.Caption or LayoutBlockKind.Table);
                    break;
                case LayoutBlockKind.Caption:
                    captions.Add(MakeCaption(block));
                    Section.LastLine = block.EndLine;
                    break;
                case LayoutBlockKind.Provider:
                    if (Section.Provider is not null)
                    {
                        warnings.Add($"Seed line {block.Line}: section {Section.Number} already has the provider line {Section.Provider.Line}; this one is kept as a second credit.");
                    }

                    Section.Provider ??= block;
                    Section.LastLine = block.EndLine;
                    break;
                case LayoutBlockKind.Table:
                    var period = Dates.TablePeriodReader.Read(block.Text, block.Line);
                    tables.Add(new SeedTable
                    {
                        Id = "table-" + block.TableNumber.ToString(CultureInfo.InvariantCulture),
                        Number = block.TableNumber,
                        Title = block.Text,
                        SectionId = Section.Id,
                        Rows = block.Rows,
                        Source = new SourceSpan { Line = block.Line, EndLine = block.EndLine },
                        PeriodStart = period.Start,
                        PeriodEnd = period.End,
                        PeriodText = period.Text,
                    });
                    Section.LastLine = block.EndLine;
                    break;
                default:
                    throw new ExtractorException(block.Line, $"unknown block kind {block.Kind}.");
            }
        }

        public ChapterExtraction Finish(int seedLineCount)
        {
            foreach (var correction in corrections.Where(c => c.Kind == CorrectionKind.Move))
            {
                var pieces = moved.GetValueOrDefault(correction)
                    ?? throw new ExtractorException(correction.Line, $"correction {correction.Id} moves a paragraph from this line, but there is none.");
                var targets = sections.SelectMany(s => s.Entries).Where(e => e.Heading == correction.TargetHeading).ToList();
                if (targets.Count != 1)
                {
                    throw new ExtractorException(
                        correction.Line, $"correction {correction.Id} moves text to the entry '{correction.TargetHeading}', which {targets.Count} entries have as heading.");
                }

                targets[0].Pieces.AddRange(pieces);
            }

            foreach (var correction in corrections.Where(c => c.Kind == CorrectionKind.InferSection))
            {
                if (!sections.Any(s => s.FirstLine == correction.Line && s.Title is null))
                {
                    throw new ExtractorException(correction.Line, $"correction {correction.Id} starts a section at this line, but no block starts here.");
                }
            }

            var entries = sections.SelectMany(s => s.Entries).Select(e => e.ToEntry()).ToImmutableArray();
            var entryIdByHeading = entries.GroupBy(e => e.Heading, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            return new ChapterExtraction
            {
                Sections = [.. sections.Select((s, i) => s.ToSection(i + 1 < sections.Count ? sections[i + 1].FirstLine - 1 : seedLineCount))],
                Entries = entries,
                Captions = [.. captions],
                Tables = [.. tables],
                Corrections =
                [
                    .. corrections.Select(c => c.Kind == CorrectionKind.Move
                        ? c with { TargetEntryId = entryIdByHeading[c.TargetHeading!] }
                        : c),
                ],
                Warnings = [.. warnings],
            };
        }

        private void StartSection(SectionDraft section)
        {
            sections.Add(section);
            entry = null;
        }

        // Text printed right after a caption or a table continues the paragraph the caption or
        // table interrupted, even where that paragraph had reached the end of a sentence.
        private void AcceptParagraph(LayoutBlock block, bool resumesAfterFigure)
        {
            var move = corrections.FirstOrDefault(c =>
                c.Kind == CorrectionKind.Move && block.Line >= c.Line && block.Line <= (c.EndLine ?? c.Line));
            if (move is not null)
            {
                if (!moved.TryGetValue(move, out var list))
                {
                    moved[move] = list = [];
                }

                list.Add(block);
                return;
            }

            if (entry is null)
            {
                throw new ExtractorException(block.Line, "body text comes before any entry heading of its section.");
            }

            entry.Pieces.Add(block);
            if (resumesAfterFigure)
            {
                entry.Continuations.Add(block);
            }

            Section.LastLine = Math.Max(Section.LastLine, block.EndLine);
        }

        private Caption MakeCaption(LayoutBlock block)
        {
            DateOnly? date = null;
            DateOnly? endDate = null;
            if (CaptionDate.Match(block.Text) is { Success: true } m)
            {
                var year = Number(m, "year", block.Line);
                var month = Number(m, "month", block.Line);
                date = MakeDate(block.Line, year, month, Number(m, "day", block.Line));
                if (m.Groups["endDay"].Success)
                {
                    endDate = MakeDate(block.Line, year, m.Groups["endMonth"].Success ? Number(m, "endMonth", block.Line) : month, Number(m, "endDay", block.Line));
                }
            }

            return new Caption
            {
                Id = "caption-" + (captions.Count + 1).ToString(CultureInfo.InvariantCulture),
                SectionId = Section.Id,
                Text = block.Text,
                Date = date,
                EndDate = endDate,
                Credit = block.Credit!,
                Source = new SourceSpan { Line = block.Line, EndLine = block.EndLine, EntryId = entry?.Id },

                // Filled in once the chapter is read (each is found again in the seed).
                Dates = [],
            };
        }

        private static int Number(Match match, string group, int line) => SeedDigits.Parse(match.Groups[group].ValueSpan, line);

        private static DateOnly MakeDate(int line, int year, int month, int day) => ChineseDate.Of(year, month, day, line);
    }

    private sealed class SectionDraft(int number, string? title, string? inferredTitle, int firstLine)
    {
        public int Number { get; } = number;

        public string Id { get; } = "s" + number.ToString(CultureInfo.InvariantCulture);

        public string? Title { get; } = title;

        public int FirstLine { get; } = firstLine;

        public int LastLine { get; set; } = firstLine;

        public LayoutBlock? Provider { get; set; }

        public List<EntryDraft> Entries { get; } = [];

        public Section ToSection(int lastLineBeforeNext) => new()
        {
            Id = Id,
            Number = Number,
            Title = Title,
            InferredTitle = inferredTitle,
            Provider = Provider?.Text,
            ProviderSource = Provider is null ? null : new SourceSpan { Line = Provider.Line, EndLine = Provider.EndLine },
            EntryIds = [.. Entries.Select(e => e.Id)],
            Source = new SourceSpan { Line = FirstLine, EndLine = Math.Min(Math.Max(LastLine, FirstLine), lastLineBeforeNext) },
        };
    }

    private sealed class EntryDraft(SectionDraft section, int number, LayoutBlock heading)
    {
        public string Id { get; } = FormattableString.Invariant($"{section.Id}-e{number:D2}");

        public string Heading { get; } = heading.Text;

        public List<LayoutBlock> Pieces { get; } = [];

        public HashSet<LayoutBlock> Continuations { get; } = [];

        // Pieces are joined without a break where the printed line simply wrapped (the text before
        // does not end a sentence) or resumed after a caption or table, and with a paragraph break
        // (\n) where a new paragraph starts.
        public Entry ToEntry()
        {
            var text = new StringBuilder();
            var segments = ImmutableArray.CreateBuilder<TextSegment>();
            foreach (var piece in Pieces)
            {
                var normalized = TextNormalizer.Normalize(piece.Text);
                if (normalized.Length == 0)
                {
                    continue;
                }

                if (text.Length > 0 && !Continuations.Contains(piece) && TextNormalizer.EndsSentence(text.ToString()))
                {
                    text.Append('\n');
                }

                segments.Add(new TextSegment { Line = piece.Line, Start = text.Length, Length = normalized.Length });
                text.Append(normalized);
            }

            if (text.Length == 0)
            {
                throw new ExtractorException(heading.Line, $"the entry 【{Heading}】 has no text.");
            }

            var lines = Pieces.Select(p => p.Line).Append(heading.Line).Append(heading.EndLine).ToList();
            return new Entry
            {
                Id = Id,
                SectionId = section.Id,
                Heading = Heading,
                Text = text.ToString(),
                Segments = segments.ToImmutable(),

                // Filled in once the places are known (they are found in every entry's text).
                PlaceIds = [],
                Source = new SourceSpan { Line = lines.Min(), EndLine = lines.Max(), EntryId = Id },

                // Filled in once the chapter is read (each is found again in the seed).
                Dates = [],
            };
        }
    }
}
