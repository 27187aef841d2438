using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Extractor.Layout;

/// <summary>
/// Reads the (corrected) seed lines as blocks of the printed page: section titles, 【…】 headings,
/// body paragraphs, photo captions with credits, section providers and tables.
/// </summary>
/// <remarks>
/// Every pattern is a non-backtracking regular expression or a plain scan, so no input can make
/// the reader hang.
/// </remarks>
public static class LayoutReader
{
    // How many further lines a heading may run over before its 】 (the text has headings split over two).
    private const int MaxHeadingContinuationLines = 3;

    // Photo captions are one short line that does not end a sentence ("2020年,市政务服务大厅无差别受理窗口").
    private const int MaxCaptionLength = 60;

    private static readonly Regex ProviderLine = new(@"^\((?<who>[^()]+)提供\)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex InlineCaption = new(@"^(?<text>[^()]*[^()\s])\s*\((?<who>[^()]+)提供\)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex TableStart = new(@"^表\s*(?<number>[0-9]+)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Reads the blocks of a seed, in text order.</summary>
    /// <param name="seed">The corrected working text.</param>
    /// <returns>The blocks.</returns>
    /// <exception cref="ExtractorException">A heading is not closed, or a table has no rows.</exception>
    public static ImmutableArray<LayoutBlock> Read(SeedDocument seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var blocks = new List<LayoutBlock>();
        var line = 1;
        while (line <= seed.LineCount)
        {
            var text = seed[line].Trim();
            if (text.Length == 0)
            {
                line++;
                continue;
            }

            if (TableStart.Match(text) is { Success: true } table)
            {
                line = ReadTable(seed, line, SeedDigits.Parse(table.Groups["number"].ValueSpan, line), blocks);
                continue;
            }

            if (IsSectionTitle(seed, line, text))
            {
                blocks.Add(new LayoutBlock { Kind = LayoutBlockKind.SectionTitle, Line = line, EndLine = line, Text = text });
                line++;
                continue;
            }

            if (ProviderLine.Match(text) is { Success: true } provider)
            {
                AddProviderOrCredit(blocks, line, TextNormalizer.Normalize(provider.Groups["who"].Value));
                line++;
                continue;
            }

            if (!text.Contains('【') && InlineCaption.Match(text) is { Success: true } caption)
            {
                blocks.Add(new LayoutBlock
                {
                    Kind = LayoutBlockKind.Caption,
                    Line = line,
                    EndLine = line,
                    Text = TextNormalizer.Normalize(caption.Groups["text"].Value),
                    Credit = TextNormalizer.Normalize(caption.Groups["who"].Value),
                });
                line++;
                continue;
            }

            line = text.Contains('【') ? ReadHeadings(seed, line, blocks) : AddParagraph(blocks, line, seed[line]);
        }

        return [.. blocks];
    }

    // A section title is a short line of Chinese characters only, followed by an entry heading.
    private static bool IsSectionTitle(SeedDocument seed, int line, string text)
    {
        if (text.Length is < 2 or > 10 || !text.All(CjkText.IsIdeograph))
        {
            return false;
        }

        var next = NextNonBlank(seed, line);
        return next > 0 && seed[next].TrimStart().StartsWith('【');
    }

    // A "(… 提供)" line credits the photo caption printed just before it when that caption is a short
    // line that ends no sentence; otherwise it names the unit that provided the section.
    private static void AddProviderOrCredit(List<LayoutBlock> blocks, int line, string who)
    {
        if (blocks.Count > 0 && blocks[^1] is { Kind: LayoutBlockKind.Paragraph } previous && previous.Line == previous.EndLine)
        {
            var caption = TextNormalizer.Normalize(previous.Text);
            if (caption.Length <= MaxCaptionLength && !TextNormalizer.EndsSentence(caption))
            {
                blocks[^1] = new LayoutBlock
                {
                    Kind = LayoutBlockKind.Caption, Line = previous.Line, EndLine = line, Text = caption, Credit = who,
                };
                return;
            }
        }

        blocks.Add(new LayoutBlock { Kind = LayoutBlockKind.Provider, Line = line, EndLine = line, Text = who });
    }

    private static int AddParagraph(List<LayoutBlock> blocks, int line, string text)
    {
        if (text.Trim().Length > 0)
        {
            blocks.Add(new LayoutBlock { Kind = LayoutBlockKind.Paragraph, Line = line, EndLine = line, Text = text });
        }

        return line + 1;
    }

    // A line may hold body text, then one or more headings each followed by body text; a heading may
    // run over the next lines until its 】.
    private static int ReadHeadings(SeedDocument seed, int line, List<LayoutBlock> blocks)
    {
        var text = seed[line];
        var open = text.IndexOf('【', StringComparison.Ordinal);
        AddParagraph(blocks, line, text[..open]);
        while (open >= 0)
        {
            var headingLine = line;
            var close = text.IndexOf('】', open + 1);
            var heading = string.Empty;
            var rest = text[(open + 1)..];
            var continuations = 0;
            while (close < 0)
            {
                heading += rest;
                var next = NextNonBlank(seed, line);
                if (next < 0 || ++continuations > MaxHeadingContinuationLines)
                {
                    throw new ExtractorException(headingLine, "this heading's 【 is not closed by 】 on this line or the next ones.");
                }

                line = next;
                text = seed[line];
                if (text.Contains('【'))
                {
                    throw new ExtractorException(headingLine, $"this heading's 【 is not closed before the next heading at line {line}.");
                }

                open = -1;
                rest = text;
                close = text.IndexOf('】', StringComparison.Ordinal);
            }

            var restStart = open + 1;
            heading += text[restStart..close];
            blocks.Add(new LayoutBlock
            {
                Kind = LayoutBlockKind.Heading, Line = headingLine, EndLine = line, Text = TextNormalizer.Normalize(heading),
            });
            open = text.IndexOf('【', close + 1);
            var bodyEnd = open < 0 ? text.Length : open;
            AddParagraph(blocks, line, text[(close + 1)..bodyEnd]);
        }

        return line + 1;
    }

    private static int ReadTable(SeedDocument seed, int line, int number, List<LayoutBlock> blocks)
    {
        var titleLine = NextNonBlank(seed, line);
        if (titleLine < 0)
        {
            throw new ExtractorException(line, $"表{number} has no title.");
        }

        var rows = ImmutableArray.CreateBuilder<SeedTableRow>();
        var current = titleLine;
        var last = titleLine;
        while ((current = NextNonBlank(seed, current)) > 0 && seed[current].Contains('\t'))
        {
            var cells = seed[current].Split('\t').Select(TextNormalizer.Normalize).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            rows.Add(new SeedTableRow { Line = current, Cells = [.. cells] });
            last = current;
        }

        if (rows.Count == 0)
        {
            throw new ExtractorException(line, $"表{number} has no tab-separated rows after its title.");
        }

        blocks.Add(new LayoutBlock
        {
            Kind = LayoutBlockKind.Table,
            Line = line,
            EndLine = last,
            Text = TextNormalizer.Normalize(seed[titleLine]),
            TableNumber = number,
            Rows = rows.ToImmutable(),
        });
        return last + 1;
    }

    private static int NextNonBlank(SeedDocument seed, int line)
    {
        for (var next = line + 1; next <= seed.LineCount; next++)
        {
            if (seed[next].Trim().Length > 0)
            {
                return next;
            }
        }

        return -1;
    }
}
