using System.Text;
using Shaoxing.Yearbook2020.Extractor.English;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Extractor.Tests.English;

public sealed class EnglishLayerTests
{
    private static readonly Lazy<DatasetExtraction> Committed = new(() => DatasetExtractor.Extract(SeedInputs.FromDirectory(RepositoryPaths.Seeds)));

    [Fact]
    public void CommittedGlossary_RendersEveryHumanReadableText()
    {
        var untranslated = Committed.Value.UntranslatedTexts;

        untranslated.Should().BeEmpty(
            "every heading, title, subject, document, role, label and unit needs its English in seeds/glossary/ (see untranslated-texts.tsv):\n"
            + string.Join('\n', untranslated.Select(u => $"{u.Field}\t{u.RecordId}\t{u.Text}").Distinct().Take(40)));
    }

    [Fact]
    public void CommittedGlossary_HasNoEntryForATextTheDataNoLongerHolds()
    {
        var unused = Committed.Value.UnusedGlossaryEntries;

        unused.Should().BeEmpty("a glossary entry renders a text of the records; remove these:\n"
            + string.Join('\n', unused.Select(u => $"{u.File}: {u.Entry.Chinese}")));
    }

    [Fact]
    public void Readme_StatesHowManyTextsTheGlossaryRenders()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings(" ");

        readme.Should().Contain(
            $"{Committed.Value.RenderedTexts.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} distinct texts",
            "the README says how many distinct texts of this seed have their English");
    }

    [Fact]
    public void CommittedGlossary_NamesEveryBodyAsItsAgencyRecordDoes()
    {
        var glossary = Glossary.Parse(Glossary.FilesIn(RepositoryPaths.Seeds));
        var disagreements = new List<string>();
        foreach (var agency in Committed.Value.Agencies)
        {
            foreach (var name in agency.ShortNames.Concat(agency.AdditionalNames).Prepend(agency.Name))
            {
                if (glossary.TryRender(name, out var english) && english != agency.EnglishName)
                {
                    disagreements.Add($"{name}: the glossary says '{english}', seeds/agencies.json says '{agency.EnglishName}'");
                }
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void CommittedGlossary_NamesTheBodyOfARoleAsItsAgencyRecordDoes()
    {
        var extraction = Committed.Value;
        var agencies = extraction.Agencies.ToDictionary(a => a.Id);
        var posts = extraction.People.SelectMany(p => p.Appointments.Select(a => (a.Role, a.EnglishRole, a.AgencyId)))
            .Concat(extraction.Meetings.SelectMany(m => m.AgendaItems.SelectMany(i => i.Presenters.SelectMany(p => p.Posts)))
                .Select(p => (p.Role, p.EnglishRole, p.AgencyId)));
        var disagreements = new List<string>();
        foreach (var (role, englishRole, agencyId) in posts.Distinct())
        {
            var agency = agencies[agencyId];
            var named = agency.ShortNames.Concat(agency.AdditionalNames).Prepend(agency.Name).Any(n => role.StartsWith(n, StringComparison.Ordinal));
            if (named && englishRole?.Contains(agency.EnglishName, StringComparison.Ordinal) != true)
            {
                disagreements.Add($"{role}: '{englishRole}' does not name '{agency.EnglishName}'");
            }
        }

        disagreements.Should().BeEmpty("a role that begins with a body's name names the body in English as its agency record does");
    }

    [Fact]
    public void Attach_ATextWithoutARendering_LeavesItsFieldNullAndListsIt()
    {
        var inputs = SeedInputs.FromDirectory(RepositoryPaths.Seeds);
        var files = inputs.GlossaryFiles.Select(f => f.Name.EndsWith("/headings.json", StringComparison.Ordinal)
            ? new GlossaryFile(f.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Bytes).Replace("\"台风防御\"", "\"台风防御(未用)\"", StringComparison.Ordinal)))
            : f);

        var extraction = DatasetExtractor.Extract(new SeedInputs(inputs.Seed, inputs.Corrections, inputs.ReadCuratedFile) { GlossaryFiles = [.. files] });

        var entry = extraction.Chapter.Entries.Single(e => e.Heading == "台风防御");
        entry.EnglishHeading.Should().BeNull();
        extraction.UntranslatedTexts.Should().Contain(new UntranslatedText("entries.heading", entry.Id, "台风防御"));
        extraction.UnusedGlossaryEntries.Should().ContainSingle(u => u.Entry.Chinese == "台风防御(未用)").Which.File.Should().Be("glossary/headings.json");
        Encoding.UTF8.GetString(UntranslatedTexts.Write(extraction.UntranslatedTexts)).Should().StartWith("field\trecord\ttext\n").And.Contain($"entries.heading\t{entry.Id}\t台风防御\n");
    }

    [Fact]
    public void Attach_AListWithOneTextUnrendered_LeavesTheEnglishListEmpty_AndNumbersAreTheirOwnEnglish()
    {
        var table = Committed.Value.Chapter.Tables.Single(t => t.Number == 6);
        var total = table.Rows.Single(r => r.Cells[0] == "合计");
        total.EnglishCells.Should().HaveSameCount(total.Cells);
        total.EnglishCells[0].Should().Be("Total");
        total.EnglishCells.Skip(1).Should().Equal(total.Cells.Skip(1), "numbers and percentages are their own English");

        var inputs = SeedInputs.FromDirectory(RepositoryPaths.Seeds);
        var extraction = DatasetExtractor.Extract(new SeedInputs(inputs.Seed, inputs.Corrections, inputs.ReadCuratedFile));
        extraction.Chapter.Tables.SelectMany(t => t.Rows).Should().OnlyContain(r => r.EnglishCells.IsEmpty || r.Cells.All(c => !Glossary.NeedsRendering(c)));
        extraction.Meetings.SelectMany(m => m.AgendaItems).Should().OnlyContain(a => a.EnglishDocuments.IsEmpty);
    }

    [Fact]
    public void CommittedData_EnglishFieldsHoldNoChinese()
    {
        var extraction = Committed.Value;
        var english = extraction.Chapter.Sections.Select(s => s.EnglishTitle)
            .Concat(extraction.Chapter.Entries.Select(e => e.EnglishHeading))
            .Concat(extraction.Chapter.Tables.SelectMany(t => t.Rows.SelectMany(r => r.EnglishCells).Prepend(t.EnglishTitle)))
            .Concat(extraction.Meetings.SelectMany(m => m.AgendaItems.SelectMany(a => a.EnglishDocuments.Prepend(a.EnglishSubject))))
            .Concat(extraction.Figures.SelectMany(f => new[] { f.EnglishLabel, f.EnglishScope, f.EnglishUnit }))
            .Concat(extraction.Honours.SelectMany(h => new[] { h.EnglishTitle, h.EnglishGroup, h.EnglishRank }))
            .OfType<string>()
            .ToList();

        english.Should().NotBeEmpty().And.OnlyContain(t => !t.Any(Glossary.IsCjk));
    }
}
