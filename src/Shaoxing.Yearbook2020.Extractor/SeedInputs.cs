using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Extractor.Corrections;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor;

/// <summary>
/// Everything the extractor reads from <c>seeds/</c>: the seed text, the curated corrections, and
/// any other curated knowledge file (English names, classifications) that the text does not contain.
/// </summary>
public sealed class SeedInputs
{
    private readonly Func<string, byte[]> readFile;

    /// <summary>Creates the inputs.</summary>
    /// <param name="seed">The seed text as given.</param>
    /// <param name="corrections">The curated corrections.</param>
    /// <param name="readFile">Reads another curated file of the seed folder by name.</param>
    public SeedInputs(SeedDocument seed, ImmutableArray<Correction> corrections, Func<string, byte[]> readFile)
    {
        Seed = seed;
        Corrections = corrections;
        this.readFile = readFile;
    }

    /// <summary>The seed text as given.</summary>
    public SeedDocument Seed { get; }

    /// <summary>The curated corrections, in file order.</summary>
    public ImmutableArray<Correction> Corrections { get; }

    /// <summary>Reads a seed folder: the seed text, <c>corrections.json</c>, and other curated files on demand.
    /// Each is read as the package reads a data folder: only a regular file in the folder (not a symbolic link,
    /// a pipe or a device, which could block the read or fill the memory), of at most 64 MiB.</summary>
    /// <param name="seedDirectory">The folder.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ExtractorException">A file is missing, is not a regular file, is too large, or cannot be parsed.</exception>
    public static SeedInputs FromDirectory(string seedDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedDirectory);
        var folder = new Data.DirectoryDataFileSource(seedDirectory);
        byte[] Read(string fileName)
        {
            try
            {
                return folder.Read(fileName).ToArray();
            }
            catch (YearbookDataException ex)
            {
                throw new ExtractorException(0, $"the seed folder's {fileName} cannot be used: {ex.Reason}", ex);
            }
        }

        var seed = SeedDocument.FromBytes(Data.SeedText.FileName, Read(Data.SeedText.FileName));
        return new SeedInputs(seed, CorrectionFile.Parse(Read(CorrectionFile.FileName)), Read)
        {
            GlossaryFiles = English.Glossary.FilesIn(seedDirectory),
        };
    }

    /// <summary>Reads another curated file of the seed folder.</summary>
    /// <param name="fileName">The file's name, e.g. <c>agencies.json</c>.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ExtractorException">The file is missing or cannot be read.</exception>
    public byte[] ReadCuratedFile(string fileName) => readFile(fileName);

    /// <summary>The files of the seed's <c>glossary/</c> folder, whose entries render the records' texts in English.</summary>
    /// <value>The files in name order; none for inputs made without them, whose texts are then all reported untranslated.</value>
    public ImmutableArray<English.GlossaryFile> GlossaryFiles { get; init; } = [];
}
