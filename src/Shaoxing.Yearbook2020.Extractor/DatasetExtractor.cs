using Shaoxing.Yearbook2020.Extractor.Agencies;
using Shaoxing.Yearbook2020.Extractor.Chapter;
using Shaoxing.Yearbook2020.Extractor.Consistency;
using Shaoxing.Yearbook2020.Extractor.Figures;
using Shaoxing.Yearbook2020.Extractor.Meetings;
using Shaoxing.Yearbook2020.Extractor.People;
using Shaoxing.Yearbook2020.Extractor.Places;

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

        var meetings = MeetingExtractor.Extract(chapter, CuratedAgencyFile.Parse(inputs.ReadCuratedFile(CuratedAgencyFile.FileName)));

        var table6 = chapter.Tables.FirstOrDefault(t => t.Number == 6)
            ?? throw new ExtractorException(0, "the chapter has no 表6");
        var districtStatistics = Incidents.DistrictSafetyTableParser.Parse(table6);
        var districts = new Incidents.DistrictNames(districtStatistics.Where(r => !r.IsTotal).Select(r => r.Area));
        var safetyIncidents = Incidents.SafetyIncidentExtractor.Extract(chapter, districts);
        var honours = Honours.HonourExtractor.Extract(chapter);

        var curatedRules = CuratedRulesFile.Parse(inputs.ReadCuratedFile(CuratedRulesFile.FileName));
        var figures = FigureExtractor.Extract(chapter, curatedRules);
        var consistencyRules = RuleBuilder.Build(curatedRules, figures, chapter.Entries);

        // Places come last: they are found in the whole text layer, and link the entries, incidents and 表6 rows.
        var places = PlaceExtractor.Extract(chapter, districtStatistics, CuratedPlaceFile.Parse(inputs.ReadCuratedFile(CuratedPlaceFile.FileName)), inputs.Seed);
        var linker = new PlaceLinker(places);
        var mentions = PersonMentionReader.Read(chapter.Entries, meetings.Meetings)
            .Concat(PersonMentionReader.Honoured(honours))
            .OrderBy(m => m.Source.Line);
        var everyone = PeopleBuilder.Build(meetings.Meetings, mentions, NameReadings.Parse(inputs.ReadCuratedFile(NameReadings.FileName), inputs.ReadCuratedFile(NameReadings.UnihanFileName)));
        var people = new PersonLinker(everyone);

        var unread = Coverage.CueSentences.Unread(chapter.Entries, honours, safetyIncidents, figures);
        var extraction = new DatasetExtraction
        {
            Chapter = chapter with
            {
                Entries = Dates.RecordDates.Date(linker.LinkEntries(chapter.Entries), inputs.Seed),
                Captions = Dates.RecordDates.Date(chapter.Captions, inputs.Seed),
            },
            Places = places,
            Agencies = meetings.Agencies,
            People = everyone,
            Meetings = people.LinkMeetings(meetings.Meetings),
            SafetyIncidents = linker.LinkIncidents(safetyIncidents),
            DistrictSafetyStatistics = linker.LinkDistrictRows(districtStatistics),
            Honours = new Honours.HonourLinker(meetings.Agencies, people, places).Link(honours),
            Figures = figures,
            ConsistencyRules = consistencyRules,
            UnreadSentences = unread,
        };

        // The English comes last, when every text it renders is final.
        var english = English.EnglishLayer.Attach(extraction, English.Glossary.Parse(inputs.GlossaryFiles));
        return english.Extraction with
        {
            UntranslatedTexts = english.Untranslated,
            UnusedGlossaryEntries = english.Unused,
            RenderedTexts = english.RenderedTexts,
        };
    }
}
