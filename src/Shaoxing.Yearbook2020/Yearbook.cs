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
public sealed partial class Yearbook
{
    private static readonly Lazy<Yearbook> LazyDefault =
        new(() => new Yearbook(new EmbeddedDataFileSource()), LazyThreadSafetyMode.ExecutionAndPublication);

    // One lazily read collection per record kind, at the kind's index in the registry.
    private readonly Lazy<object>[] collections;

    private readonly Lazy<TimelineCollection> timeline;

    private Yearbook(IDataFileSource source, bool? verifyHashes = null, SeedIdentity? seed = null)
    {
        var loader = new DataFileLoader(source, verifyHashes, seed);
        Dataset = loader.Manifest;
        var kinds = RecordKindRegistry.All;
        collections = new Lazy<object>[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            collections[i] = new(() => kind.Load(loader, this), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        // Every kind whose record can carry a date takes part, so a new dated kind joins the timeline by implementing the interface.
        timeline = new(
            () => new TimelineCollection(kinds
                .Where(k => typeof(IDatedRecord).IsAssignableFrom(k.RecordType))
                .SelectMany(k => k.RecordsIn(this).Cast<IDatedRecord>())),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every kind of record the dataset holds, one per data file, in ordinal order of the file names.</summary>
    /// <value>The same list for every yearbook; <see cref="RecordKind.RecordsIn(Yearbook)"/> gives a kind's records.</value>
    /// <example>
    /// <code>foreach (var kind in Yearbook.Kinds) Console.WriteLine($"{kind.Name}: {kind.RecordsIn(Yearbook.Default).Count}");</code>
    /// </example>
    public static ImmutableArray<RecordKind> Kinds => RecordKindRegistry.All;

    /// <summary>The dataset embedded in this package, loaded lazily.</summary>
    /// <value>The same instance on every call.</value>
    /// <exception cref="YearbookDataException">The embedded data is damaged (it never is in a released package;
    /// the generator and the tests check it).</exception>
    public static Yearbook Default => LazyDefault.Value;

    /// <summary>What the dataset is: title, coverage year, seed hash, generator version and data files.</summary>
    /// <value>The contents of <c>dataset.json</c>.</value>
    public DatasetManifest Dataset { get; }

    /// <summary>
    /// Every record of every kind that has a date — meetings, safety incidents, honours and captions — in date order.
    /// </summary>
    /// <value>A read-only list with queries by day, month and range; built once, when first asked for.</value>
    /// <exception cref="YearbookDataException">A data file of a dated kind is damaged.</exception>
    /// <example>
    /// <code>foreach (var record in Yearbook.Default.Timeline.InMonth(8)) Console.WriteLine($"{record.Date} {record.Id}");</code>
    /// </example>
    public TimelineCollection Timeline => timeline.Value;

    /// <summary>
    /// Every record that names a body, a person or a place, grouped by kind, each with the seed lines where it does.
    /// </summary>
    /// <param name="nameOrId">An id, or a name as the package's lookups take it (see <see cref="FindByName"/>): a body's
    /// full, additional (牌子), short or English name or the pinyin of its full name (<c>市应急管理局</c>, <c>应急管理局</c>,
    /// <c>Emergency Management Bureau</c>, <c>Shàoxīng Shì Yìngjí Guǎnlǐ Jú</c>), a person's name or its pinyin (<c>Sheng Yuechun</c>), or a place's name, alias, English name or pinyin (<c>柯桥区</c>,
    /// <c>柯桥</c>, <c>Keqiao District</c>, <c>Kēqiáo Qū</c>); spaces are ignored.</param>
    /// <returns>The bodies, people and places the text stands for and the records naming them (by id where a record
    /// holds one, a place including the places inside it; by any of the names in the kinds that hold text). A text that
    /// stands for nothing gives an empty result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nameOrId"/> is empty or only whitespace.</exception>
    /// <exception cref="AmbiguousNameException">The name fits several bodies, several people or several places; the
    /// exception lists them (ask again by id).</exception>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    /// <example>
    /// <code>var keqiao = Yearbook.Default.About("柯桥区").RecordsOf&lt;SafetyIncident&gt;();   // 8·2, 4·11</code>
    /// </example>
    public AboutResult About(string nameOrId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        return AboutQuery.Run(this, nameOrId);
    }

    /// <summary>
    /// Every body, person and place an id or a name fits, of every kind at once: by id, else by the lookups of
    /// <see cref="AgencyCollection.MatchByName"/> (full, additional, short and English names, the full name's pinyin),
    /// <see cref="PersonCollection.MatchByName"/> (the Chinese name, pinyin in any case, with or without spaces and tone
    /// marks) and <see cref="PlaceCollection.MatchByName"/> (name, alias, English name, pinyin).
    /// </summary>
    /// <param name="nameOrId">An id or a name.</param>
    /// <returns>The records, bodies first, then people, then places; empty when none fits. More than one is an
    /// ambiguous name (or a name shared by a place and its body's short name), each candidate with its id and name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nameOrId"/> is empty or only whitespace.</exception>
    /// <exception cref="YearbookDataException">A data file is damaged.</exception>
    /// <example>
    /// <code>var keqiao = Yearbook.Default.FindByName("Keqiao District").Single();   // 柯桥区, keqiao</code>
    /// </example>
    public ImmutableArray<NameMatch> FindByName(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var id = nameOrId.Trim();
        return
        [
            .. (Agencies.Find(id) is { } agency ? [agency] : Agencies.MatchByName(nameOrId)).Select(AgencyCollection.Match),
            .. (People.Find(id) is { } person ? [person] : People.MatchByName(nameOrId)).Select(PersonCollection.Match),
            .. (Places.Find(id) is { } place ? [place] : Places.MatchByName(nameOrId)).Select(PlaceCollection.Match),
        ];
    }

    /// <summary>Evaluates every consistency rule against the figures and records.</summary>
    /// <returns>One result per rule: whether it holds, whether that was expected, and the computation in words. A rule
    /// that cannot be computed (a missing figure, a division by zero, a decimal overflow) is a result that is not
    /// evaluated and says why; no other exception than the one below is thrown.</returns>
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
    /// <exception cref="YearbookDataException">A file is missing, not a regular file (a symbolic link, pipe or device),
    /// larger than 64 MiB, malformed, of the wrong shape, or its hash or record count differs from <c>dataset.json</c>;
    /// or the manifest does not describe this package's data (another seed or line count, a coverage year other than
    /// 2020, a blank title, a file listed twice or by a path). Nothing is returned: there is no partly loaded yearbook.</exception>
    public static Yearbook Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return Load(new DirectoryDataFileSource(directory));
    }

    /// <summary>The collection of the kind at an index of the registry, read when first asked for.</summary>
    internal object CollectionAt(int index) => collections[index].Value;

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
        foreach (var kind in RecordKindRegistry.All)
        {
            if (kind.KeyConflict(this) is { } conflict)
            {
                throw new YearbookDataException(kind.FileName, conflict);
            }
        }
    }
}
