using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Meetings;

namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>
/// Runs every extraction step over the seed, in order: the text layer first (everything stands on
/// it), then the record kinds read from the entries.
/// </summary>
public static class DatasetExtractor
{
    /// <summary>Extracts every record.</summary>
    /// <param name="inputs">The seed folder's contents.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ExtractorException">The text cannot be read, naming the seed line.</exception>
    public static DatasetExtraction Extract(SeedInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var chapter = ChapterBuilder.Build(inputs.Seed, inputs.Corrections);

        // Meetings, agencies and people (issue 3): extract below this line.
        var meetings = MeetingExtractor.Extract(chapter, CuratedAgencyFile.Parse(inputs.ReadCuratedFile(CuratedAgencyFile.FileName)));

        // Safety incidents, district statistics and honours (issue 4): extract below this line.

        // Figures and consistency rules (issue 5): extract below this line.

        return new DatasetExtraction
        {
            Chapter = chapter,

            // Meetings, agencies and people (issue 3).
            Agencies = meetings.Agencies,
            People = meetings.People,
            Meetings = meetings.Meetings,

            // Safety incidents, district statistics and honours (issue 4).

            // Figures and consistency rules (issue 5).
        };
    }
}
