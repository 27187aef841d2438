namespace Shaoxing.Yearbook2020.Data;

/// <summary>Reads the data files embedded in this assembly under <c>Data/</c>.</summary>
internal sealed class EmbeddedDataFileSource : IDataFileSource
{
    public string Description => "embedded resources of " + typeof(EmbeddedDataFileSource).Assembly.GetName().Name;

    public byte[] Read(string fileName)
    {
        using var stream = typeof(EmbeddedDataFileSource).Assembly.GetManifestResourceStream("Data/" + fileName)
            ?? throw new YearbookDataException(fileName, "the file is missing from the " + Description + ".");
        return ReadAll(stream);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
