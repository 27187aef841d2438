using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>
/// Reads the words that bound a number: before it (约, 近 / 超, 超过, 突破, 逾 / 不少于, 至少 / 不到, 不足 / 不超过),
/// between it and its unit (余, 多) and after it (以上, (含)以上 / 以下, 以内 / 左右).
/// </summary>
internal static class FigureQualifiers
{
    /// <summary>Words before the number, longest first so that 超过 wins over 超 and 不超过 over 超过.</summary>
    private static readonly (string Word, FigureQualifier Qualifier)[] Before =
    [
        ("不超过", FigureQualifier.AtMost), ("不少于", FigureQualifier.AtLeast),
        ("大约", FigureQualifier.Approximate), ("将近", FigureQualifier.Approximate),
        ("超过", FigureQualifier.MoreThan), ("突破", FigureQualifier.MoreThan), ("多于", FigureQualifier.MoreThan),
        ("至少", FigureQualifier.AtLeast), ("不到", FigureQualifier.LessThan), ("不足", FigureQualifier.LessThan),
        ("少于", FigureQualifier.LessThan), ("最多", FigureQualifier.AtMost),
        ("约", FigureQualifier.Approximate), ("近", FigureQualifier.Approximate),
        ("超", FigureQualifier.MoreThan), ("逾", FigureQualifier.MoreThan),
    ];

    /// <summary>Words after the number and its unit; (含) makes explicit that 以上 includes the value, as it does anyway.</summary>
    private static readonly (string Word, FigureQualifier Qualifier)[] After =
    [
        ("(含)以上", FigureQualifier.AtLeast), ("以上", FigureQualifier.AtLeast),
        ("以下", FigureQualifier.AtMost), ("以内", FigureQualifier.AtMost),
        ("左右", FigureQualifier.Approximate),
    ];

    /// <summary>The base a share is compared with may stand between the word and the number: 超过总数30%.</summary>
    private static readonly string[] Bases = ["总数", "总量"];

    /// <summary>Reads the qualifier of the number whose quote spans <paramref name="start"/> to <paramref name="quoteEnd"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the quote starts.</param>
    /// <param name="quoteEnd">Where the quote ends.</param>
    /// <param name="moreThan">Whether 余 or 多 stands between the number and its unit.</param>
    /// <returns>The qualifier, and where the words after the quote that bound it end.</returns>
    public static (FigureQualifier Qualifier, int End) Read(string text, int start, int quoteEnd, bool moreThan)
    {
        foreach (var (word, qualifier) in After)
        {
            if (text.AsSpan(quoteEnd).StartsWith(word, StringComparison.Ordinal))
            {
                return (qualifier, quoteEnd + word.Length);
            }
        }

        if (moreThan)
        {
            return (FigureQualifier.MoreThan, quoteEnd);
        }

        var before = text.AsSpan(0, start);
        foreach (var @base in Bases)
        {
            if (before.EndsWith(@base, StringComparison.Ordinal))
            {
                before = before[..^@base.Length];
                break;
            }
        }

        foreach (var (word, qualifier) in Before)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return (qualifier, quoteEnd);
            }
        }

        return (FigureQualifier.Exact, quoteEnd);
    }
}
