using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Who;

/// <summary>What <c>who</c> found: the body, and the holders of the title there (on the day, at most one).</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Agency">The body the name resolved to.</param>
/// <param name="Holders">The holders, with their appointments where the answer is about the whole year.</param>
internal sealed record WhoSelection(WhoOptions Options, Agency Agency, IReadOnlyList<(Person Person, Appointment? Appointment)> Holders)
{
    /// <summary>Finds who held the title asked for.</summary>
    /// <exception cref="BadValueException">No body in the data has the name asked for.</exception>
    public static WhoSelection Of(Yearbook yearbook, WhoOptions options)
    {
        var agency = (string.IsNullOrWhiteSpace(options.Agency) ? null : yearbook.Agencies.Resolve(options.Agency))
            ?? throw new BadValueException($"no agency is named '{options.Agency}'.{GovernmentFormat.SuggestAgencies(yearbook, options.Agency)}");
        if (options.Day is { } day)
        {
            var holder = yearbook.People.HolderOn(options.Title, agency.Id, day);
            return new(options, agency, holder is null ? [] : [(holder, null)]);
        }

        return new(options, agency, [.. yearbook.People.Holders(options.Title.Trim(), agency.Id).Select(h => (h.Person, (Appointment?)h.Appointment))]);
    }
}
