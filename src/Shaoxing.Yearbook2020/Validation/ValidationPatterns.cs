using System.Text.RegularExpressions;

namespace Shaoxing.Yearbook2020.Validation;

/// <summary>
/// The patterns the validators match, compiled at build time and without a match timeout: each is linear in its input,
/// and a timeout (FluentValidation gives a pattern passed as text two seconds) fails validation spuriously on a machine
/// busy enough to pause a thread that long.
/// </summary>
internal static partial class ValidationPatterns
{
    /// <summary><c>^incident-[0-9]{2}$</c></summary>
    [GeneratedRegex("^incident-[0-9]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex IncidentId();

    /// <summary><c>^[0-9]{1,2}·[0-9]{1,2}$</c></summary>
    [GeneratedRegex("^[0-9]{1,2}·[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    public static partial Regex IncidentCode();

    /// <summary><c>^[a-z0-9]+(-[a-z0-9]+)*$</c></summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex KebabId();

    /// <summary><c>^s[1-9]-e[0-9]{2}$</c></summary>
    [GeneratedRegex("^s[1-9]-e[0-9]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex EntryId();

    /// <summary><c>^caption-[0-9]+$</c></summary>
    [GeneratedRegex("^caption-[0-9]+$", RegexOptions.CultureInvariant)]
    public static partial Regex CaptionId();

    /// <summary><c>^[1-8][0-9]{5}$</c></summary>
    [GeneratedRegex("^[1-8][0-9]{5}$", RegexOptions.CultureInvariant)]
    public static partial Regex DivisionCode();

    /// <summary><c>^honour-[0-9]{3}$</c></summary>
    [GeneratedRegex("^honour-[0-9]{3}$", RegexOptions.CultureInvariant)]
    public static partial Regex HonourId();

    /// <summary><c>^2020-(0[1-9]|1[0-2])$</c></summary>
    [GeneratedRegex("^2020-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthOf2020();

    /// <summary><c>^s[1-9]$</c></summary>
    [GeneratedRegex("^s[1-9]$", RegexOptions.CultureInvariant)]
    public static partial Regex SectionId();

    /// <summary><c>^executive-[0-9]{2}-[0-9]{2}$</c></summary>
    [GeneratedRegex("^executive-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex AgendaItemId();

    /// <summary><c>^person-[0-9]{2,3}$</c></summary>
    [GeneratedRegex("^person-[0-9]{2,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex PersonId();

    /// <summary><c>^[A-Z][a-zü']+( [A-Z][a-zü']+)?$</c></summary>
    [GeneratedRegex("^[A-Z][a-zü']+( [A-Z][a-zü']+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex PinyinName();

    /// <summary><c>^[a-z0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+( [a-z0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)*$</c></summary>
    [GeneratedRegex("^[a-z0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+( [a-z0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex PinyinSyllables();
}
