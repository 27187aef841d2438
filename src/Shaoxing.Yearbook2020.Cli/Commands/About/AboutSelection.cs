using Shaoxing.Yearbook2020.Queries;

namespace Shaoxing.Yearbook2020.Cli.Commands.About;

/// <summary>What <c>about</c> found: the records that name the body, person or place, grouped by kind.</summary>
/// <param name="About">The package's answer.</param>
internal sealed record AboutSelection(AboutResult About)
{
    /// <summary>Finds every record that names what was asked for.</summary>
    /// <exception cref="BadValueException">No body, person or place in the data has the name asked for.</exception>
    public static AboutSelection Of(Yearbook yearbook, AboutOptions options)
    {
        var about = yearbook.About(options.Name);
        return about.IsEmpty
            ? throw new BadValueException($"no body, person or place is named '{options.Name}'.{GovernmentFormat.SuggestAgencies(yearbook, options.Name)}")
            : new(about);
    }
}
