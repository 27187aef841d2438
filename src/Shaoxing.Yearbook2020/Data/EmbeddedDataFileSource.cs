namespace Shaoxing.Yearbook2020.Data;

/// <summary>Reads the data files embedded in this assembly under <c>Data/</c>.</summary>
internal sealed class EmbeddedDataFileSource : IDataFileSource
{
    public string Description => "embedded resources of " + typeof(EmbeddedDataFileSource).Assembly.GetName().Name;

    public bool IsEmbedded => true;

    public unsafe ReadOnlySpan<byte> Read(string fileName)
    {
        using var stream = typeof(EmbeddedDataFileSource).Assembly.GetManifestResourceStream("Data/" + fileName)
            ?? throw new YearbookDataException(fileName, "the file is missing from the " + Description + ".");

        // The resources of a loaded assembly stay mapped in memory while it is loaded, and the runtime hands
        // them out as an UnmanagedMemoryStream over that memory: read them in place. Copying each file into a
        // new array instead put the three largest (over 85 KB) on the large-object heap on every load.
        return stream is UnmanagedMemoryStream mapped
            ? new ReadOnlySpan<byte>(mapped.PositionPointer, checked((int)mapped.Length))
            : ReadAll(stream);
    }

    internal static byte[] ReadAll(Stream stream)
    {
        // A resource stream knows its length: one exact read, no growing buffer and copy.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
