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
        var (places, uncuratedPlaces) = PlaceExtractor.ExtractReporting(
            chapter, districtStatistics, CuratedPlaceFile.Parse(inputs.ReadCuratedFile(CuratedPlaceFile.FileName)), inputs.Seed);
        var linker = new PlaceLinker(places);
        var mentions = PersonMentionReader.Read(chapter.Entries, meetings.Meetings)
            .Concat(PersonMentionReader.Honoured(honours))
            .OrderBy(m => m.Source.Line);
        var nameReadings = NameReadings.Parse(inputs.ReadCuratedFile(NameReadings.FileName), inputs.ReadCuratedFile(NameReadings.UnihanFileName));
        var everyone = PeopleBuilder.Build(meetings.Meetings, mentions, nameReadings);
        var people = new PersonLinker(everyone);

        var unread = Coverage.CueSentences.Unread(chapter.Entries, honours, safetyIncidents, figures);

        // Every whole name of a body, person or place in the records' texts, once every body, person and place is known.
        // A body the entries name that no curated row describes is a record all the same, and listed in the report.
        var chapterTexts = chapter.Entries.SelectMany(e => new[] { e.Heading, e.Text }).ToList();
        var curatedAgencies = Names.AgencyPlaces.Link(meetings.Agencies, places);
        var (unknownBodies, uncurated) = Names.UnknownBodyFinder.Find(
            new Names.NameIndex(Names.NamedRecordLinker.KnownNames(curatedAgencies, everyone, places), chapterTexts), chapter.Entries, curatedAgencies);
        var agencies = curatedAgencies.AddRange(unknownBodies);
        var named = new Names.NamedRecordLinker(
            new Names.NameIndex(Names.NamedRecordLinker.KnownNames(agencies, everyone, places), chapterTexts),
            inputs.Seed);
        var entries = Dates.RecordDates.Date(named.LinkEntries(chapter.Entries, e => PlaceExtractor.HeadingLine(e, inputs.Seed)), inputs.Seed);
        var captions = Dates.RecordDates.Date(named.LinkCaptions(chapter.Captions), inputs.Seed);
        var sections = named.LinkSections(chapter.Sections);
        var tables = named.LinkTables(chapter.Tables);
        var corrections = named.LinkCorrections(chapter.Corrections);
        var linkedMeetings = named.LinkMeetings(people.LinkMeetings(meetings.Meetings));
        var linkedIncidents = named.LinkIncidents(linker.LinkIncidents(safetyIncidents));
        var linkedHonours = named.LinkHonours(new Honours.HonourLinker(meetings.Agencies, people, places).Link(honours));
        var linkedRows = named.LinkDistrictRows(linker.LinkDistrictRows(districtStatistics));
        var linkedFigures = named.LinkFigures(figures);
        var linkedRules = named.LinkRules(consistencyRules);
        var linkedPeople = named.LinkPeople(everyone);

        // Bodies and places carry no links: every text of theirs is a name of their own.
        var links = entries.SelectMany(e => e.NamedRecords)
            .Concat(captions.SelectMany(c => c.NamedRecords))
            .Concat(sections.SelectMany(s => s.NamedRecords))
            .Concat(tables.SelectMany(t => t.NamedRecords))
            .Concat(corrections.SelectMany(c => c.NamedRecords))
            .Concat(linkedMeetings.SelectMany(m => m.NamedRecords))
            .Concat(linkedMeetings.SelectMany(m => m.AgendaItems).SelectMany(i => i.NamedRecords))
            .Concat(linkedIncidents.SelectMany(i => i.NamedRecords))
            .Concat(linkedHonours.SelectMany(h => h.NamedRecords))
            .Concat(linkedRows.SelectMany(r => r.NamedRecords))
            .Concat(linkedFigures.SelectMany(f => f.NamedRecords))
            .Concat(linkedRules.SelectMany(r => r.NamedRecords))
            .Concat(linkedPeople.SelectMany(p => p.NamedRecords))
            .ToList();
        var extraction = new DatasetExtraction
        {
            Chapter = chapter with { Entries = entries, Captions = captions, Sections = sections, Tables = tables, Corrections = corrections },
            Places = Names.NamedRecordLinker.WithSourcesFromLinks(places, links),
            Agencies = BodyNameReadings.Parse(inputs.ReadCuratedFile(BodyNameReadings.FileName), nameReadings, inputs.ReadCuratedFile(BodyNameReadings.PolyphonesFileName))
                .Read(Names.NamedRecordLinker.WithNamesUsed(agencies, links)),
            People = linkedPeople,
            Meetings = linkedMeetings,
            SafetyIncidents = linkedIncidents,
            DistrictSafetyStatistics = linkedRows,
            Honours = linkedHonours,
            Figures = linkedFigures,
            ConsistencyRules = linkedRules,
            UnreadSentences = unread,
            UncuratedRecords = uncuratedPlaces.AddRange(uncurated),
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
