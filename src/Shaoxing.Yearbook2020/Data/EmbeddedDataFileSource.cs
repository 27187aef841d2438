namespace Shaoxing.Yearbook2020.Data;

/// <summary>Reads the data files embedded in this assembly under <c>Data/</c>.</summary>
internal sealed class EmbeddedDataFileSource : IDataFileSource
{
    public string Description => "embedded resources of " + typeof(EmbeddedDataFileSource).Assembly.GetName().Name;

    public bool IsEmbedded => true;

    public byte[] Read(string fileName)
    {
        using var stream = typeof(EmbeddedDataFileSource).Assembly.GetManifestResourceStream("Data/" + fileName)
            ?? throw new YearbookDataException(fileName, "the file is missing from the " + Description + ".");
        return ReadAll(stream);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        // A resource stream knows its length: one exact read, no growing buffer and copy.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
