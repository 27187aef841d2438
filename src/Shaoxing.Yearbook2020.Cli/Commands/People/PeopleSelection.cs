using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.People;

/// <summary>What <c>people</c> found: everyone, or the one person asked for.</summary>
/// <param name="People">The people, in the data's order.</param>
internal sealed record PeopleSelection(IReadOnlyList<Person> People)
{
    /// <summary>Finds the person asked for, or lists everyone.</summary>
    /// <exception cref="BadValueException">No one in the data has the name asked for.</exception>
    public static PeopleSelection Of(Yearbook yearbook, PeopleOptions options)
    {
        if (options.Name is not { } wanted)
        {
            return new([.. yearbook.People]);
        }

        var person = (string.IsNullOrWhiteSpace(wanted) ? null : yearbook.People.Resolve(wanted))
            ?? throw new BadValueException($"no one named '{wanted}' is in the data.{GovernmentFormat.SuggestPeople(yearbook, wanted)}");
        return new([person]);
    }
}
