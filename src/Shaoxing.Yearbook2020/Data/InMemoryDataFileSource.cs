namespace Shaoxing.Yearbook2020.Data;

/// <summary>Data files held in memory: how the generator validates what it is about to write.</summary>
internal sealed class InMemoryDataFileSource(IReadOnlyDictionary<string, byte[]> files) : IDataFileSource
{
    public string Description => "generated files in memory";

    public ReadOnlySpan<byte> Read(string fileName) =>
        files.TryGetValue(fileName, out var bytes)
            ? bytes
            : throw new YearbookDataException(fileName, "the file is missing from the " + Description + ".");
}
