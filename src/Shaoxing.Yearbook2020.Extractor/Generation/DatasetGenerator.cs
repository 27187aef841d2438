using System.Collections.Immutable;
using System.Text;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Extractor.Generation;

/// <summary>
/// The whole pipeline: seed folder → records → data files, validated before they are written;
/// and the check that committed data files are exactly what the pipeline makes.
/// </summary>
public static class DatasetGenerator
{
    /// <summary>Extracts and serializes the data from a seed folder, and validates the result by loading it
    /// through the package's own loader and validators against that folder's seed (which may differ from the
    /// one the package embeds). Nothing is written.</summary>
    /// <param name="seedDirectory">The folder holding the seed text and <c>corrections.json</c>.</param>
    /// <param name="cancellation">Stops the work between its steps.</param>
    /// <returns>File name → bytes.</returns>
    /// <exception cref="ExtractorException">The seed cannot be read, or the result is not valid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ImmutableSortedDictionary<string, byte[]> Make(string seedDirectory, CancellationToken cancellation = default)
    {
        var inputs = SeedInputs.FromDirectory(seedDirectory);
        cancellation.ThrowIfCancellationRequested();
        var extraction = DatasetExtractor.Extract(inputs);
        cancellation.ThrowIfCancellationRequested();
        var files = DatasetWriter.Write(inputs.Seed, extraction);
        cancellation.ThrowIfCancellationRequested();
        Validate(files, new SeedIdentity(inputs.Seed.Sha256, inputs.Seed.LineCount));
        return files;
    }

    /// <summary>Regenerates every data file into a folder. Files are first written to a hidden staging folder inside
    /// it (staging folders left by killed runs are removed first) and then moved into place one by one (each move replaces a whole file), so the folder never holds a
    /// half-written file; data files the generator no longer makes (those the folder's own <c>dataset.json</c> lists) are
    /// removed, and nothing else is touched. Every target is checked before
    /// the first move, and the files replaced are kept aside until the last move has succeeded: a move that fails
    /// puts them back, so a failed generation leaves the folder as it was.</summary>
    /// <param name="seedDirectory">The folder holding the seed text and <c>corrections.json</c>.</param>
    /// <param name="dataDirectory">The package's <c>Data/</c> folder.</param>
    /// <param name="cancellation">Stops the generation between its steps (between two writes, between two moves);
    /// what it wrote is removed and the files it moved are put back.</param>
    /// <returns>One summary per file, in name order.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled; the folder is as it was.</exception>
    /// <exception cref="ExtractorException">The seed cannot be read, or the result is not valid, or the data folder is a seed
    /// folder or holds <c>*.json</c> files that are not part of the dataset; nothing is written.</exception>
    /// <exception cref="IOException">The folder cannot be written, or a target is a folder; nothing is changed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written; nothing is changed.</exception>
    public static ImmutableArray<GeneratedFile> Generate(string seedDirectory, string dataDirectory, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataFolder.RefuseSeedFolder(seedDirectory, dataDirectory);
        var files = Make(seedDirectory, cancellation);
        Directory.CreateDirectory(dataDirectory);
        foreach (var name in files.Keys)
        {
            var target = Path.Combine(dataDirectory, name);
            if (Directory.Exists(target))
            {
                throw new IOException($"{target} is a folder, not a data file; nothing was written.");
            }
        }

        var stale = DataFolder.Stale(dataDirectory, [.. files.Keys]);
        // Staged inside the folder itself: the moves stay on one file system, only the folder the user named must be
        // writable, and what a killed run leaves behind is found (and removed) by the next run.
        DataFolder.RemoveLeftoverStaging(dataDirectory);
        var staging = DataFolder.NewStagingPath(dataDirectory);
        var backup = Path.Combine(staging, "replaced");
        Directory.CreateDirectory(backup);
        try
        {
            foreach (var (name, bytes) in files)
            {
                cancellation.ThrowIfCancellationRequested();
                File.WriteAllBytes(Path.Combine(staging, name), bytes);
            }

            ReplaceAll(staging, backup, dataDirectory, [.. files.Keys], stale, cancellation);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        return [.. files.Select(f => new GeneratedFile(f.Key, Records(f.Key, f.Value), f.Value.Length, DataFileLoader.Sha256Hex(f.Value)))];
    }

    /// <summary>Moves the staged files into the folder and the stale ones out of it, keeping every file it
    /// replaces or removes in <paramref name="backup"/>; when a move fails or the work is cancelled, undoes the moves made so far.</summary>
    private static void ReplaceAll(
        string staging, string backup, string dataDirectory, IReadOnlyList<string> names, IReadOnlyList<string> stale, CancellationToken cancellation)
    {
        var keptAside = new List<string>();
        var placed = new List<string>();
        try
        {
            foreach (var name in names.Concat(stale))
            {
                cancellation.ThrowIfCancellationRequested();
                var target = Path.Combine(dataDirectory, name);
                if (File.Exists(target))
                {
                    File.Move(target, Path.Combine(backup, name));
                    keptAside.Add(name);
                }

                if (!stale.Contains(name))
                {
                    File.Move(Path.Combine(staging, name), target);
                    placed.Add(name);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            foreach (var name in placed)
            {
                File.Delete(Path.Combine(dataDirectory, name));
            }

            foreach (var name in keptAside)
            {
                File.Move(Path.Combine(backup, name), Path.Combine(dataDirectory, name));
            }

            throw;
        }
    }

    /// <summary>Compares the committed data files with what the generator makes.</summary>
    /// <param name="seedDirectory">The folder holding the seed text and <c>corrections.json</c>.</param>
    /// <param name="dataDirectory">The package's <c>Data/</c> folder.</param>
    /// <returns>Every file that differs, with its first difference; empty when the data is up to date.</returns>
    public static ImmutableArray<DataFileDifference> Check(string seedDirectory, string dataDirectory)
    {
        var expected = Make(seedDirectory);
        var differences = ImmutableArray.CreateBuilder<DataFileDifference>();
        foreach (var (name, bytes) in expected)
        {
            var path = Path.Combine(dataDirectory, name);
            if (!File.Exists(path))
            {
                differences.Add(new DataFileDifference(name, 0, string.Empty, null));
                continue;
            }

            var actual = File.ReadAllBytes(path);
            if (!bytes.AsSpan().SequenceEqual(actual))
            {
                differences.Add(FirstDifference(name, bytes, actual));
            }
        }

        if (Directory.Exists(dataDirectory))
        {
            foreach (var extra in Directory.EnumerateFiles(dataDirectory, "*.json").Select(Path.GetFileName).Where(n => !expected.ContainsKey(n!)).Order(StringComparer.Ordinal))
            {
                differences.Add(new DataFileDifference(extra!, 0, null, string.Empty));
            }
        }

        return differences.ToImmutable();
    }

    private static DataFileDifference FirstDifference(string name, byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return new DataFileDifference(name, i + 1, e, a);
            }
        }

        return new DataFileDifference(name, 1, "(same text, different bytes)", "(same text, different bytes)");
    }

    /// <summary>Loads what was made through the package's loader and validators, against the seed it was made from.</summary>
    private static void Validate(IReadOnlyDictionary<string, byte[]> files, SeedIdentity seed)
    {
        Yearbook yearbook;
        try
        {
            yearbook = Yearbook.Load(new InMemoryDataFileSource(files), seed);
        }
        catch (YearbookDataException ex)
        {
            throw new ExtractorException(0, "the generated data does not load: " + ex.Message, ex);
        }

        var report = yearbook.Validate();
        if (!report.IsValid)
        {
            throw new ExtractorException(0, "the generated data is not valid:\n" + string.Join('\n', report.Issues));
        }
    }

    private static int Records(string name, byte[] bytes)
    {
        if (name == DataFileNames.Dataset)
        {
            return DataFileNames.Listed.Count;
        }

        if (name is Coverage.CueSentences.FileName or English.UntranslatedTexts.FileName or Names.UncuratedRecords.FileName)
        {
            // A header, then one sentence, text or record a line.
            return bytes.Count(b => b == (byte)'\n') - 1;
        }

        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        return document.RootElement.GetArrayLength();
    }
}
