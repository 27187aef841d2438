using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Honours;

/// <summary>
/// Links the honours to the hubs by id: the recipient (a person, a place, an agency), the affiliation, the nominator
/// and every conferring body.
/// </summary>
public sealed class HonourLinker
{
    // Bodies that confer jointly are written 甲、乙 or 甲联合乙.
    private static readonly string[] JointSeparators = ["、", "联合"];

    private readonly Dictionary<string, string> agencyByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> placeByName = new(StringComparer.Ordinal);
    private readonly PersonLinker people;

    /// <summary>Creates a linker over the hubs.</summary>
    /// <param name="agencies">The agencies; every full, additional and short name the text uses resolves.</param>
    /// <param name="people">The people.</param>
    /// <param name="places">The places, by name and alias.</param>
    public HonourLinker(ImmutableArray<Agency> agencies, PersonLinker people, ImmutableArray<Place> places)
    {
        ArgumentNullException.ThrowIfNull(people);
        this.people = people;
        foreach (var agency in agencies)
        {
            foreach (var name in agency.ShortNames.Concat(agency.AdditionalNames).Prepend(agency.Name))
            {
                agencyByName.TryAdd(name, agency.Id);
            }
        }

        foreach (var place in places)
        {
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                placeByName.TryAdd(name, place.Id);
            }
        }
    }

    /// <summary>Fills in the ids of every honour.</summary>
    /// <param name="honours">The honours.</param>
    /// <returns>The honours with their links.</returns>
    /// <exception cref="ExtractorException">A person, city, nominator or conferring body is not a record of its hub.</exception>
    public ImmutableArray<Honour> Link(ImmutableArray<Honour> honours) => [.. honours.Select(Link)];

    private Honour Link(Honour honour) => honour with
    {
        RecipientId = RecipientOf(honour),
        AffiliationId = honour.Affiliation is { } affiliation ? BodyOrPlace(affiliation) : null,
        NominatorId = honour.Nominator is { } nominator ? Agency(nominator, honour) : null,
        ConferrerIds = honour.Conferrer is { } conferrer
            ? [.. conferrer.Split(JointSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => Agency(c, honour))]
            : [],
    };

    private string? RecipientOf(Honour honour)
    {
        if (honour.Recipient is not { } recipient)
        {
            return null;
        }

        return honour.RecipientKind switch
        {
            RecipientKind.Person => people.Find(recipient)
                ?? throw new ExtractorException(honour.Source.Line, $"the honoured person '{recipient}' is not a person of people.json."),
            RecipientKind.City => placeByName.GetValueOrDefault(recipient)
                ?? throw new ExtractorException(honour.Source.Line, $"the honoured city '{recipient}' is not a place of places.json."),
            RecipientKind.Organisation or RecipientKind.Team => BodyOrPlace(recipient)
                ?? honour.RecipientAliases.Select(BodyOrPlace).FirstOrDefault(id => id is not null),
            _ => null,
        };
    }

    // A unit is a body of the agencies hub; a county-level area assessed or credited as a whole is its place.
    private string? BodyOrPlace(string name) => agencyByName.GetValueOrDefault(name) ?? placeByName.GetValueOrDefault(name);

    private string Agency(string name, Honour honour) =>
        agencyByName.GetValueOrDefault(name)
        ?? throw new ExtractorException(honour.Source.Line, $"'{name}' ({honour.Id}) names no agency; add it to {Agencies.CuratedAgencyFile.FileName}.");
}
