using System.Collections.Frozen;
using System.Globalization;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>The units a rule may convert between, each as a multiple of its family's smallest unit.</summary>
/// <remarks>
/// Data sizes step by 1024, as computer memory and storage are counted (the text's 13.1T内存 and 128795G内存 are
/// gigabytes and terabytes of memory); durations by 60 and 24. Units of different families never convert.
/// </remarks>
internal static class UnitConversion
{
    private static readonly FrozenDictionary<string, (string Family, decimal Size)> Units = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal)
    {
        ["B"] = ("data", 1m),
        ["K"] = ("data", 1024m),
        ["KB"] = ("data", 1024m),
        ["M"] = ("data", 1024m * 1024m),
        ["MB"] = ("data", 1024m * 1024m),
        ["G"] = ("data", 1024m * 1024m * 1024m),
        ["GB"] = ("data", 1024m * 1024m * 1024m),
        ["T"] = ("data", 1024m * 1024m * 1024m * 1024m),
        ["TB"] = ("data", 1024m * 1024m * 1024m * 1024m),
        ["P"] = ("data", 1024m * 1024m * 1024m * 1024m * 1024m),
        ["PB"] = ("data", 1024m * 1024m * 1024m * 1024m * 1024m),
        ["秒"] = ("duration", 1m),
        ["分钟"] = ("duration", 60m),
        ["小时"] = ("duration", 3600m),
        ["个小时"] = ("duration", 3600m),
        ["天"] = ("duration", 86400m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a unit is one a rule can convert.</summary>
    public static bool IsKnown(string? unit) => unit is not null && Units.ContainsKey(unit);

    /// <summary>Whether two units measure the same kind of quantity in different sizes (G and T), so that a comparison
    /// of their numbers means nothing until one is converted.</summary>
    public static bool DifferInSize(string? one, string? other) =>
        one is not null && other is not null && Units.TryGetValue(one, out var a) && Units.TryGetValue(other, out var b)
        && a.Family == b.Family && a.Size != b.Size;

    /// <summary>Converts a value from one unit to another of its family.</summary>
    /// <returns>The converted value and the conversion in words (<c>128795 G ÷ 1024 = 125.7764 T</c>), or
    /// <see langword="null"/> and why not.</returns>
    public static (decimal? Value, string Words) Convert(decimal value, string? from, string to)
    {
        if (from is null || !Units.TryGetValue(from, out var source))
        {
            return (null, $"{Format(value)} {from ?? "(no unit)"} cannot be converted to {to}: its unit is not one a rule converts");
        }

        if (!Units.TryGetValue(to, out var target) || target.Family != source.Family)
        {
            return (null, $"{Format(value)} {from} cannot be converted to {to}: not a unit of the same kind");
        }

        if (source.Size == target.Size)
        {
            return (value, $"{Format(value)} {from}");
        }

        var converted = value * source.Size / target.Size;
        var step = source.Size > target.Size ? $"× {Format(source.Size / target.Size)}" : $"÷ {Format(target.Size / source.Size)}";
        return (converted, $"{Format(value)} {from} {step} = {Format(Math.Round(converted, 4))} {to}");
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
