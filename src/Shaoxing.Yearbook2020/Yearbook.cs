using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Consistency;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Model;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020;

/// <summary>
/// The government chapter of the Shaoxing yearbook covering 2020, as typed, sourced data:
/// the entry point of the package.
/// </summary>
/// <remarks>
/// <para>
/// The data is generated from the seed text (<c>seeds/000_7ba1952524c06baf.txt</c>) by the
/// extractor and embedded in this assembly; every record carries the seed lines it came from
/// (see <see cref="Quote(SourceSpan)"/>).
/// </para>
/// <para>
/// Thread safety: instances are immutable and every member is safe to call from any thread.
/// Each collection of <see cref="Default"/> is read from the embedded resources and deserialized
/// only when it is first touched, exactly once however many threads race for it; each query index
/// of a collection is likewise built once, when a query first needs it.
/// </para>
/// <para>
/// Integrity: <see cref="Load(string)"/> checks every file's SHA-256 and the manifest's own checksum
/// before reading it. The embedded resources of <see cref="Default"/> are not hashed on every load:
/// they are part of this assembly, and the package's tests check them against the manifest when it
/// is built. Record counts and the seed hash are checked in both cases.
/// </para>
/// </remarks>
public sealed class Yearbook
{
    private static readonly Lazy<Yearbook> LazyDefault =
        new(() => new Yearbook(new EmbeddedDataFileSource()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<SectionCollection> sections;
    private readonly Lazy<EntryCollection> entries;
    private readonly Lazy<RecordCollection<Caption>> captions;
    private readonly Lazy<RecordCollection<SeedTable>> tables;
    private readonly Lazy<RecordCollection<Correction>> corrections;

    // Meetings, agencies and people (issue 3): add their fields below this line.
    private readonly Lazy<AgencyCollection> agencies;
    private readonly Lazy<PersonCollection> people;
    private readonly Lazy<MeetingCollection> meetings;

    // Safety incidents, district statistics and honours (issue 4): add their fields below this line.
    private readonly Lazy<SafetyIncidentCollection> safetyIncidents;
    private readonly Lazy<DistrictSafetyStatisticsCollection> districtSafetyStatistics;
    private readonly Lazy<HonourCollection> honours;

    // Figures and consistency rules (issue 5): add their fields below this line.
    private readonly Lazy<FigureCollection> figures;
    private readonly Lazy<RecordCollection<ConsistencyRule>> consistencyRules;

    private Yearbook(IDataFileSource source, bool? verifyHashes = null, SeedIdentity? seed = null)
    {
        var loader = new DataFileLoader(source, verifyHashes, seed);
        Dataset = loader.Manifest;
        const LazyThreadSafetyMode once = LazyThreadSafetyMode.ExecutionAndPublication;
        sections = new(() => new SectionCollection(loader.LoadArray(DataFileNames.Sections, SectionReader.Read)), once);
        entries = new(() => new EntryCollection(loader.LoadArray(DataFileNames.Entries, EntryReader.Read)), once);
        captions = new(() => new RecordCollection<Caption>(loader.LoadArray(DataFileNames.Captions, CaptionReader.Read), c => c.Id), once);
        tables = new(() => new RecordCollection<SeedTable>(loader.LoadArray(DataFileNames.Tables, SeedTableReader.Read), t => t.Id), once);
        corrections = new(() => new RecordCollection<Correction>(loader.LoadArray(DataFileNames.Corrections, CorrectionReader.Read), c => c.Id), once);

        // Meetings, agencies and people (issue 3): initialise below this line.
        agencies = new(() => new AgencyCollection(loader.LoadArray(DataFileNames.Agencies, AgencyReader.Read)), once);
        people = new(() => new PersonCollection(loader.LoadArray(DataFileNames.People, PersonReader.Read), () => agencies.Value), once);
        meetings = new(() => new MeetingCollection(loader.LoadArray(DataFileNames.Meetings, MeetingReader.Read), () => agencies.Value), once);

        // Safety incidents, district statistics and honours (issue 4): initialise below this line.
        safetyIncidents = new(() => new SafetyIncidentCollection(loader.LoadArray(DataFileNames.SafetyIncidents, SafetyIncidentReader.Read)), once);
        districtSafetyStatistics = new(() => new DistrictSafetyStatisticsCollection(loader.LoadArray(DataFileNames.DistrictSafetyStatistics, DistrictSafetyStatisticsReader.Read)), once);
        honours = new(() => new HonourCollection(loader.LoadArray(DataFileNames.Honours, HonourReader.Read)), once);

        // Figures and consistency rules (issue 5): initialise below this line.
        figures = new(() => new FigureCollection(loader.LoadArray(DataFileNames.Figures, FigureReader.Read)), once);
        consistencyRules = new(() => new RecordCollection<ConsistencyRule>(loader.LoadArray(DataFileNames.ConsistencyRules, ConsistencyRuleReader.Read), r => r.Id), once);
    }

    /// <summary>The dataset embedded in this package, loaded lazily.</summary>
    /// <value>The same instance on every call.</value>
    /// <exception cref="YearbookDataException">The embedded data is damaged (it never is in a released package;
    /// the generator and the tests check it).</exception>
    public static Yearbook Default => LazyDefault.Value;

    /// <summary>What the dataset is: title, coverage year, seed hash, generator version and data files.</summary>
    /// <value>The contents of <c>dataset.json</c>.</value>
    public DatasetManifest Dataset { get; }

    /// <summary>The six sections of the chapter.</summary>
    /// <value>A read-only collection, in text order.</value>
    /// <exception cref="YearbookDataException"><c>sections.json</c> is damaged.</exception>
    public SectionCollection Sections => sections.Value;

    /// <summary>Every 【…】 entry of the chapter, with its repaired text.</summary>
    /// <value>A read-only collection, in text order.</value>
    /// <exception cref="YearbookDataException"><c>entries.json</c> is damaged.</exception>
    public EntryCollection Entries => entries.Value;

    /// <summary>The photo captions printed in the chapter.</summary>
    /// <value>A read-only collection, in text order.</value>
    /// <exception cref="YearbookDataException"><c>captions.json</c> is damaged.</exception>
    public RecordCollection<Caption> Captions => captions.Value;

    /// <summary>The tables printed in the chapter (表6, 表7), cell by cell.</summary>
    /// <value>A read-only collection, in text order.</value>
    /// <exception cref="YearbookDataException"><c>tables.json</c> is damaged.</exception>
    public RecordCollection<SeedTable> Tables => tables.Value;

    /// <summary>Every repair the generator applied to the seed text, each with its reason.</summary>
    /// <value>A read-only collection, in the order of the corrections file.</value>
    /// <exception cref="YearbookDataException"><c>corrections.json</c> is damaged.</exception>
    public RecordCollection<Correction> Corrections => corrections.Value;

    // Meetings, agencies and people (issue 3): add their collections below this line.

    /// <summary>
    /// The bodies of the text: the municipal government, the 32 bodies of 【市政府机构概况】 (the
    /// general office and the 31 working departments, in the listed order), and every other body that
    /// presents at a meeting or acts in the meetings' text.
    /// </summary>
    /// <value>A read-only collection with lookup by full, additional or short name.</value>
    /// <exception cref="YearbookDataException"><c>agencies.json</c> is damaged.</exception>
    public AgencyCollection Agencies => agencies.Value;

    /// <summary>The people the meetings name in an official role, with the posts they are seen in and when.</summary>
    /// <value>A read-only collection, in order of first appearance.</value>
    /// <exception cref="YearbookDataException"><c>people.json</c> is damaged.</exception>
    public PersonCollection People => people.Value;

    /// <summary>The 2 plenary and 22 executive meetings of the 8th municipal government in 2020.</summary>
    /// <value>A read-only collection, in text order (plenary meetings first).</value>
    /// <exception cref="YearbookDataException"><c>meetings.json</c> is damaged.</exception>
    public MeetingCollection Meetings => meetings.Value;

    // Safety incidents, district statistics and honours (issue 4): add their collections below this line.
    /// <summary>
    /// Every dated event of harm or hazard the chapter describes or names: accidents, tanker leaks,
    /// the flood season's rainstorm and typhoons, the heat spell, the tailings-dam piping, rescues outside the city.
    /// </summary>
    /// <value>A read-only collection, in order of first mention.</value>
    /// <exception cref="YearbookDataException"><c>safety-incidents.json</c> is damaged.</exception>
    public SafetyIncidentCollection SafetyIncidents => safetyIncidents.Value;

    /// <summary>表6, the production-safety accidents and deaths of 2020 by area: one row per area plus the total row.</summary>
    /// <value>A read-only collection, in table order (the total row first, as printed).</value>
    /// <exception cref="YearbookDataException"><c>district-safety-statistics.json</c> is damaged.</exception>
    public DistrictSafetyStatisticsCollection DistrictSafetyStatistics => districtSafetyStatistics.Value;

    /// <summary>Every honour, title, prize, ranking and commendation the chapter reports, one per (honour, recipient); 表7 included.</summary>
    /// <value>A read-only collection, in seed order.</value>
    /// <exception cref="YearbookDataException"><c>honours.json</c> is damaged.</exception>
    public HonourCollection Honours => honours.Value;

    // Figures and consistency rules (issue 5): add their collections below this line.
    /// <summary>Every number printed in the entries' texts and in 表6, typed and sourced.</summary>
    /// <value>A read-only collection, entries in text order, then table cells row by row.</value>
    /// <exception cref="YearbookDataException"><c>figures.json</c> is damaged.</exception>
    public FigureCollection Figures => figures.Value;

    /// <summary>The arithmetic relations among the figures (sums, rates, changes, repeated counts, counts of records).</summary>
    /// <value>A read-only collection, in the order of the curated rules file.</value>
    /// <exception cref="YearbookDataException"><c>consistency-rules.json</c> is damaged.</exception>
    public RecordCollection<ConsistencyRule> ConsistencyRules => consistencyRules.Value;

    /// <summary>Evaluates every consistency rule against the figures and records.</summary>
    /// <returns>One result per rule: whether it holds, whether that was expected, and the computation in words.</returns>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    /// <example>
    /// <code>Yearbook.Default.CheckConsistency().Unexpected.Should().BeEmpty();</code>
    /// </example>
    public ConsistencyReport CheckConsistency() => ConsistencyEvaluator.Check(this);


    /// <summary>The raw lines of the seed text, index 0 being line 1.</summary>
    /// <value>The seed exactly as given, split on <c>\n</c>.</value>
    public static ImmutableArray<string> SeedLines => SeedText.Lines;

    /// <summary>
    /// Reads a copy of the data from a folder laid out like the package's <c>Data/</c> folder
    /// (<c>dataset.json</c> and the files it lists), checking every file completely before returning.
    /// </summary>
    /// <param name="directory">The folder holding the data files.</param>
    /// <returns>A fully loaded yearbook.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or whitespace.</exception>
    /// <exception cref="YearbookDataException">A file is missing, malformed, of the wrong shape, or its hash or
    /// record count differs from <c>dataset.json</c>. Nothing is returned: there is no partly loaded yearbook.</exception>
    public static Yearbook Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return Load(new DirectoryDataFileSource(directory));
    }

    /// <summary>Opens a source lazily, as <see cref="Default"/> does: each file is read when first touched.</summary>
    internal static Yearbook Open(IDataFileSource source) => new(source);

    /// <summary>Reads and checks every file of a source before returning (never a partly loaded yearbook).</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="verifyHashes">Whether to check the SHA-256 hashes; by default unless the source is embedded.</param>
    internal static Yearbook Load(IDataFileSource source, bool? verifyHashes = null)
    {
        var yearbook = new Yearbook(source, verifyHashes);
        yearbook.LoadAll();
        return yearbook;
    }

    /// <summary>Reads and checks every file of a source generated from another seed than the embedded one
    /// (the data generator checks what it made from the seed folder it was given).</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="seed">The seed the data must come from: its hash and its line count, which bounds every source line.</param>
    internal static Yearbook Load(IDataFileSource source, SeedIdentity seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var yearbook = new Yearbook(source, verifyHashes: true, seed);
        yearbook.LoadAll();
        return yearbook;
    }

    /// <summary>Returns the raw seed text of a source span: its lines joined with <c>\n</c>.</summary>
    /// <param name="source">A record's <c>Source</c>.</param>
    /// <returns>The seed lines <see cref="SourceSpan.Line"/> to <see cref="SourceSpan.EndLine"/>, as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside the seed or ends before it starts.</exception>
    public static string Quote(SourceSpan source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Quote(source.Line, source.EndLine);
    }

    /// <summary>Returns the raw seed text of a range of lines, joined with <c>\n</c>.</summary>
    /// <param name="line">The first line, 1-based.</param>
    /// <param name="endLine">The last line, inclusive.</param>
    /// <returns>The seed lines as given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside the seed or ends before it starts.</exception>
    public static string Quote(int line, int endLine)
    {
        var lines = SeedText.Lines;
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endLine, lines.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(endLine, line);
        return string.Join('\n', lines.Skip(line - 1).Take(endLine - line + 1));
    }

    /// <summary>Runs the validator of every record kind over the whole dataset.</summary>
    /// <returns>A report listing every broken rule; <see cref="YearbookValidationReport.IsValid"/> when there is none.</returns>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    public YearbookValidationReport Validate() => YearbookValidator.Validate(this);

    /// <summary>Reads every collection, and checks that no two records of a file share an id or another
    /// key (the indexes are built lazily and keep the first record for a key, so a conflict would
    /// otherwise go unnoticed).</summary>
    private void LoadAll()
    {
        CheckKeys(DataFileNames.Sections, Sections);
        CheckKeys(DataFileNames.Entries, Entries);
        CheckKeys(DataFileNames.Captions, Captions);
        CheckKeys(DataFileNames.Tables, Tables);
        CheckKeys(DataFileNames.Corrections, Corrections);

        // Meetings, agencies and people (issue 3): touch their collections below this line.
        CheckKeys(DataFileNames.Agencies, Agencies);
        CheckKeys(DataFileNames.People, People);
        CheckKeys(DataFileNames.Meetings, Meetings);

        // Safety incidents, district statistics and honours (issue 4): touch their collections below this line.
        CheckKeys(DataFileNames.SafetyIncidents, SafetyIncidents);
        CheckKeys(DataFileNames.DistrictSafetyStatistics, DistrictSafetyStatistics);
        CheckKeys(DataFileNames.Honours, Honours);

        // Figures and consistency rules (issue 5): touch their collections below this line.
        CheckKeys(DataFileNames.Figures, Figures);
        CheckKeys(DataFileNames.ConsistencyRules, ConsistencyRules);
    }

    private static void CheckKeys<T>(string fileName, RecordCollection<T> records)
        where T : class
    {
        if (records.KeyConflict() is { } conflict)
        {
            throw new YearbookDataException(fileName, conflict);
        }
    }
}
