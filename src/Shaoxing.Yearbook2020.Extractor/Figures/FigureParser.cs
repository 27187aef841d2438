using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>
/// Finds every number in a repaired text: each Arabic number becomes a figure (value, unit, multiplier,
/// label) or is excluded with a reason from <see cref="NumberExclusions"/>; Chinese numerals become
/// figures where they carry a count or a rank (六连冠, 第十名, 十方面, 三项制度).
/// </summary>
public static class FigureParser
{
    private static readonly Regex Arabic = new("[0-9]+(\\.[0-9]+)?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Chinese = new(
        "第[一二三四五六七八九十]+[名位]|前[一二三四五六七八九十]+名|[一二三四五六七八九十]+连冠|[一二三四五六七八九十]+方面|连续[一二三四五六七八九十]+年"
        + "|十项|[两二三四五六七八九十](个批次|个项目|个共保体|项制度|大主要任务|大运输渠道|种模式)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Units as written, longest first so that 人次 wins over 人.</summary>
    private static readonly ImmutableArray<string> Units =
    [
        .. new[]
        {
            "个工作日", "个小时", "立方米", "平方米", "人次", "户次", "家次", "组次", "点次", "场次", "轮次", "批次", "品种", "公顷", "毫米",
            "千米", "小时", "农户", "起", "省", "车", "大", "元", "个", "件", "条", "项", "人", "名", "家", "处", "次", "场", "期", "套", "台", "路", "核", "张", "座", "辆",
            "支", "艘", "只", "间", "米", "吨", "℃", "%", "天", "户", "类", "份", "种", "级", "年", "所", "位", "倍", "块", "栋", "分钟", "秒",
        }.OrderByDescending(u => u.Length),
    ];

    private const int LongestQuotedName = 20;

    /// <summary>Parses a text.</summary>
    /// <param name="text">A repaired entry text.</param>
    /// <returns>Every Arabic number (figure or excluded) and every Chinese numeral figure, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExtractorException">A number is too large to be a figure's value.</exception>
    public static ImmutableArray<NumberToken> Parse(string text) => Parse(text, _ => 0);

    /// <summary>Parses a text whose seed lines are known, so that an error names the line.</summary>
    /// <param name="text">A repaired entry text.</param>
    /// <param name="lineAt">The seed line of an offset in <paramref name="text"/>.</param>
    /// <returns>Every Arabic number (figure or excluded) and every Chinese numeral figure, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="lineAt"/> is null.</exception>
    /// <exception cref="ExtractorException">A number is too large to be a figure's value.</exception>
    public static ImmutableArray<NumberToken> Parse(string text, Func<int, int> lineAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lineAt);
        var (inTitle, inQuote) = Contexts(text);
        var tokens = new List<NumberToken>();
        var matches = Arabic.Matches(text).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            tokens.Add(ReadArabic(text, matches, i, inTitle, inQuote, lineAt));
        }

        foreach (Match match in Chinese.Matches(text))
        {
            if (!inTitle[match.Index])
            {
                tokens.Add(ReadChinese(text, match));
            }
        }

        tokens.Sort((a, b) => a.NumberStart.CompareTo(b.NumberStart));
        return FigureLabeler.Label(text, tokens);
    }

    /// <summary>Parses one table cell such as <c>59</c> or <c>-28.9%</c>.</summary>
    /// <param name="cell">The cell text.</param>
    /// <returns>The value and unit (<c>%</c> or null), or null when the cell is not a number.</returns>
    public static (string Value, string? Unit, decimal Number)? ParseCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var unit = cell.EndsWith('%') ? "%" : null;
        var value = unit is null ? cell : cell[..^1];
        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (value, unit, number)
            : null;
    }

    private static NumberToken ReadArabic(string text, List<Match> matches, int index, bool[] inTitle, bool[] inQuote, Func<int, int> lineAt)
    {
        var m = matches[index];
        var start = m.Index;
        var end = m.Index + m.Length;
        char At(int i) => i >= 0 && i < text.Length ? text[i] : '\0';

        // A figure's value is a decimal (28 significant digits, at most about 7.9e28); no printed quantity comes
        // near it, so a longer run of digits is damaged text, not a number to round.
        if (!decimal.TryParse(m.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw TooLarge(m.Value, lineAt(m.Index));
        }

        // A range such as 15-30个工作日 or 2014-2016年: the first number takes what follows the second.
        var after = end;
        if (At(end) == '-' && index + 1 < matches.Count && matches[index + 1].Index == end + 1)
        {
            after = matches[index + 1].Index + matches[index + 1].Length;
        }

        var (multiplier, unitText, unit, unitEnd, moreThan) = ReadUnit(text, after);
        var quoteEnd = unit is null ? end : unitEnd;
        var quote = text[start..quoteEnd];
        string? exclusion = null;
        if (inTitle[start])
        {
            exclusion = NumberExclusions.DocumentTitle;
        }
        else if (inQuote[start] && unit != "%")
        {
            // A percentage inside a short quotation is a weight or a split ("网络投票40%+代表票选60%"), not part of a name.
            exclusion = NumberExclusions.QuotedName;
        }
        else if (char.IsAsciiLetter(At(start - 1)) || (char.IsAsciiLetter(At(end)) && unit is null))
        {
            exclusion = NumberExclusions.Code;
        }
        else if (m.Value.EndsWith(".0", StringComparison.Ordinal))
        {
            exclusion = NumberExclusions.Version;
        }
        else if (At(start - 1) == '第' && At(end) is not ('名' or '位'))
        {
            exclusion = NumberExclusions.Ordinal;
        }
        else if (At(after) == '号')
        {
            exclusion = NumberExclusions.Ordinal;
        }
        else if (At(after) is '月' or '日' or '时' || text.AsSpan(after).StartsWith("季度")
            || (At(after) == '分' && At(start - 1) == '时'))
        {
            exclusion = NumberExclusions.Date;
        }
        else if (IsYear(m.Value) && (unit is null || unit == "年"))
        {
            exclusion = NumberExclusions.Year;
        }
        else if (At(end) == ':' || At(start - 1) == ':')
        {
            exclusion = NumberExclusions.RatioNotation;
        }
        else if (unit is null && m.Value is "110" or "119" or "120")
        {
            exclusion = NumberExclusions.ServiceNumber;
        }

        if (At(start - 1) == '第' && exclusion is null)
        {
            start--;
            quote = text[start..quoteEnd];
            unitText = At(end).ToString();
            unit = unitText;
        }

        decimal normalizedValue;
        try
        {
            normalizedValue = value * multiplier;
        }
        catch (OverflowException)
        {
            throw TooLarge(m.Value + unit, lineAt(m.Index));
        }

        var normalizedUnit = unit is null || unitText is "万" or "亿" ? null : unit is "万元" or "亿元" ? "元" : unitText;
        var (qualifier, boundEnd) = FigureQualifiers.Read(text, start, quoteEnd, moreThan);
        return new NumberToken
        {
            Start = start,
            NumberStart = m.Index,
            Quote = quote,
            Value = m.Value,
            Unit = unit,
            NormalizedValue = normalizedValue,
            NormalizedUnit = normalizedUnit,
            Qualifier = qualifier,
            End = boundEnd,
            Label = string.Empty,
            Exclusion = exclusion,
        };
    }

    private static ExtractorException TooLarge(string number, int line) =>
        new(line, $"the number '{number}' is too large for a figure's value (at most 79228162514264337593543950335); the digits are probably damaged.");

    /// <summary>Reads the multiplier and unit after a number; <c>MoreThan</c> says whether 余 or 多 stands between them.</summary>
    private static (decimal Multiplier, string UnitText, string? Unit, int End, bool MoreThan) ReadUnit(string text, int position)
    {
        var pos = position;
        var moreThan = false;
        var multiplier = 1m;
        var prefix = string.Empty;
        bool Next(char c)
        {
            if (pos < text.Length && text[pos] == c)
            {
                pos++;
                return true;
            }

            return false;
        }

        moreThan |= Next('余') || Next('多');
        if (Next('万'))
        {
            multiplier = 10_000m;
            prefix = "万";
        }
        else if (Next('亿'))
        {
            multiplier = 100_000_000m;
            prefix = "亿";
        }

        moreThan |= Next('余') || Next('多');
        var rest = text.AsSpan(pos);
        foreach (var unit in Units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                var end = pos + unit.Length;
                return (multiplier, unit, prefix + unit, end, moreThan);
            }
        }

        // Storage sizes: 13.1T内存, 128795G内存, 602T存储.
        if (rest.Length >= 3 && (rest[0] is 'T' or 'G') && (rest[1..].StartsWith("内存") || rest[1..].StartsWith("存储")))
        {
            return (multiplier, rest[0].ToString(), prefix + rest[0], pos + 1, moreThan);
        }

        return prefix.Length > 0
            ? (multiplier, prefix, prefix, pos, moreThan)
            : (1m, string.Empty, null, position, moreThan);
    }

    private static NumberToken ReadChinese(string text, Match match)
    {
        var numeral = new string([.. match.Value.Where(c => "一二三四五六七八九十两".Contains(c, StringComparison.Ordinal))]);
        var first = match.Value.IndexOf(numeral[0], StringComparison.Ordinal);
        var unit = match.Value[(first + numeral.Length)..];
        if (unit.Length == 0)
        {
            unit = match.Value[..first];
        }

        var measure = unit switch
        {
            "名" or "位" => unit,
            _ when unit.StartsWith('个') || unit.StartsWith('项') || unit.StartsWith('大') || unit.StartsWith('种') => unit[..1],
            _ => unit,
        };
        return new NumberToken
        {
            Start = match.Index,
            NumberStart = match.Index + first,
            Quote = match.Value,
            Value = numeral,
            Unit = measure,
            NormalizedValue = ChineseNumeral.Parse(numeral, 0),
            NormalizedUnit = measure,
            Qualifier = match.Value.StartsWith('前') ? FigureQualifier.AtMost : FigureQualifier.Exact,
            End = match.Index + match.Length,
            Label = string.Empty,
        };
    }

    private static bool IsYear(string digits) =>
        digits.Length == 4 && !digits.Contains('.', StringComparison.Ordinal) && digits[0..2] is "19" or "20";

    /// <summary>
    /// Marks what lies inside 《…》 and inside short quotations. Double quotes pair within a sentence (a
    /// stray quote of the OCR never spills past 。 or ;); a quotation longer than
    /// <see cref="LongestQuotedName"/> characters is a quoted clause, not a name, so its numbers stay figures
    /// (the 民生实事 title "打造'15分钟应急救援圈'——建设33个乡镇(街道)综合应急消防救援站").
    /// </summary>
    private static (bool[] InTitle, bool[] InQuote) Contexts(string text)
    {
        var inTitle = new bool[text.Length + 1];
        var inQuote = new bool[text.Length + 1];
        var title = 0;
        int? open = null;
        int? single = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or ';' or '；' or '\n')
            {
                open = null;
                single = null;
            }
            else if (c == '《')
            {
                title++;
            }
            else if (c == '》' && title > 0)
            {
                title--;
            }
            else if (c is '"' or '“' or '”')
            {
                if (open is null && c != '”')
                {
                    open = i;
                }
                else if (open is int from)
                {
                    if (i - from - 1 <= LongestQuotedName)
                    {
                        Array.Fill(inQuote, true, from, i - from + 1);
                    }

                    open = null;
                }
            }
            else if (c is '\'' or '‘' or '’')
            {
                if (single is null && c != '’')
                {
                    single = i;
                }
                else if (single is int from)
                {
                    Array.Fill(inQuote, true, from, i - from + 1);
                    single = null;
                }
            }

            inTitle[i] = title > 0;
        }

        return (inTitle, inQuote);
    }
}
