using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads a <see cref="LawStudy"/> from its JSON object (every property present, in any order).</summary>
internal static class LawStudyReader
{
    private static readonly PropertyNames Properties = new(
        nameof(LawStudy),
        "lecturer",
        "lecturerRole",
        "affiliation",
        "affiliationAgencyId",
        "law",
        "partsOnly",
        "source");

    /// <summary>Reads one LawStudy; the reader is on its <c>{</c>.</summary>
    public static LawStudy Read(ref DataReader reader)
    {
        string? lecturer = null;
        string? lecturerRole = null;
        string? affiliation = null;
        string? affiliationAgencyId = null;
        string? law = null;
        bool partsOnly = default;
        SourceSpan? source = null;
        var scope = reader.StartObject(Properties);
        while (reader.NextProperty(ref scope))
        {
            switch (scope.Current)
            {
                case 0: // lecturer
                    lecturer = reader.String();
                    break;
                case 1: // lecturerRole
                    lecturerRole = reader.String();
                    break;
                case 2: // affiliation
                    affiliation = reader.String();
                    break;
                case 3: // affiliationAgencyId
                    affiliationAgencyId = reader.String();
                    break;
                case 4: // law
                    law = reader.String();
                    break;
                case 5: // partsOnly
                    partsOnly = reader.Boolean();
                    break;
                case 6: // source
                    source = SourceSpanReader.Read(ref reader);
                    break;
            }
        }

        // NextProperty has checked that every property was present, so no required value is still null.
        return new LawStudy
        {
            Lecturer = lecturer!,
            LecturerRole = lecturerRole!,
            Affiliation = affiliation!,
            AffiliationAgencyId = affiliationAgencyId!,
            Law = law!,
            PartsOnly = partsOnly,
            Source = source!,
        };
    }
}
