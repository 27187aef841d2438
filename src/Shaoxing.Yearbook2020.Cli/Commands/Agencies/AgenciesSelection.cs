using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Agencies;

/// <summary>What <c>agencies</c> found: every body, or the one asked for.</summary>
/// <param name="Agencies">The bodies, in the data's order.</param>
/// <param name="One">The body asked for by name, if one was.</param>
internal sealed record AgenciesSelection(IReadOnlyList<Agency> Agencies, Agency? One)
{
    /// <summary>Finds the body asked for, or lists every one.</summary>
    /// <exception cref="BadValueException">No body in the data has the name asked for.</exception>
    public static AgenciesSelection Of(Yearbook yearbook, AgenciesOptions options)
    {
        if (options.Name is not { } wanted)
        {
            return new([.. yearbook.Agencies], null);
        }

        var agency = (string.IsNullOrWhiteSpace(wanted) ? null : yearbook.Agencies.Resolve(wanted))
            ?? throw new BadValueException($"no agency is named '{wanted}'.{GovernmentFormat.SuggestAgencies(yearbook, wanted)}");
        return new([agency], agency);
    }
}
