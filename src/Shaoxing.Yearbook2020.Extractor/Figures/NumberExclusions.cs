namespace Shaoxing.Yearbook2020.Extractor.Figures;

/// <summary>Why a number of the text is not a figure: the exclusion list, each with its justification.</summary>
public static class NumberExclusions
{
    /// <summary>Inside 《…》: part of a document's or law's title (《绍兴市2020年安全生产巡查工作方案》).</summary>
    public const string DocumentTitle = "document-title";

    /// <summary>Inside "…": part of a name, slogan or incident code ("15分钟应急救援圈", "1+9", "8·2", "119").</summary>
    public const string QuotedName = "quoted-name";

    /// <summary>A year: 1900–2099 followed by 年 or by no unit (2020年, 2014-2016年, 2020绍兴最美应急人).</summary>
    public const string Year = "year";

    /// <summary>A month, day, quarter or clock time (6月30日, 1-3季度, 22时18分).</summary>
    public const string Date = "date";

    /// <summary>An ordinal or a name with a number: 第4号, 24号线, 第二轮 (ranks 第N名/位 are figures).</summary>
    public const string Ordinal = "ordinal";

    /// <summary>Joined to Latin letters: a code or a technology, not a quantity (G1512, FM103.5, 5G, 4G).</summary>
    public const string Code = "code";

    /// <summary>A version number N.0 (政务服务2.0, 1.0版).</summary>
    public const string Version = "version";

    /// <summary>A telephone service number (110, 119, 120) used as a name.</summary>
    public const string ServiceNumber = "service-number";

    /// <summary>Ratio notation a:b:c (3:5:2): a proportion, not a count.</summary>
    public const string RatioNotation = "ratio-notation";
}
