using System.Globalization;

namespace Shaoxing.Yearbook2020.Consistency;

/// <summary>
/// Converts a value between units of one measure that the text prints side by side: the sizes of memory and storage
/// (<c>K</c>, <c>M</c>, <c>G</c>, <c>T</c>, <c>P</c>, with or without <c>B</c>). Any other pair of units (the measure words
/// 个, 条, 家 of counts among them) is not converted: a count of 个 is compared with a count of 条 as printed.
/// </summary>
/// <remarks>Sizes are converted at 1024 to the step, the rate at which the systems that report memory and storage count
/// them; the words of the conversion name the rate, so a reader who takes 1000 can redo it.</remarks>
internal static class UnitConversion
{
    private const decimal SizeStep = 1024m;
    private const string SizePrefixes = "KMGTP";

    /// <summary>A value in another unit of its measure.</summary>
    /// <param name="value">The value, in <paramref name="from"/>.</param>
    /// <param name="from">Its unit.</param>
    /// <param name="to">The unit wanted.</param>
    /// <returns>The converted value and the rate in words (<c>1T = 1024G</c>), or <see langword="null"/> when the units are
    /// the same, either is missing, or they are not units of one measure.</returns>
    public static (decimal Value, string Rate)? To(decimal value, string? from, string? to)
    {
        if (from is null || to is null || from == to || PositionOf(from) is not { } fromStep || PositionOf(to) is not { } toStep)
        {
            return null;
        }

        var steps = fromStep - toStep;
        var factor = 1m;
        for (var i = 0; i < Math.Abs(steps); i++)
        {
            factor *= SizeStep;
        }

        var (larger, smaller) = steps > 0 ? (from, to) : (to, from);
        return (steps > 0 ? value * factor : value / factor, $"1{larger} = {factor.ToString(CultureInfo.InvariantCulture)}{smaller}");
    }

    // The position of a size unit among K, M, G, T, P (KB … PB alike), or null for any other unit.
    private static int? PositionOf(string unit)
    {
        var prefix = unit.Length == 2 && unit[1] == 'B' ? unit[..1] : unit;
        var step = prefix.Length == 1 ? SizePrefixes.IndexOf(prefix[0], StringComparison.Ordinal) : -1;
        return step < 0 ? null : step;
    }
}
