namespace Shaoxing.Yearbook2020.Data;

/// <summary>Reads data files from a folder laid out like <c>src/Shaoxing.Yearbook2020/Data</c>.</summary>
internal sealed class DirectoryDataFileSource(string directory) : IDataFileSource
{
    public string Description => "folder " + directory;

    public ReadOnlySpan<byte> Read(string fileName)
    {
        var path = Path.Combine(directory, fileName);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new YearbookDataException(fileName, $"the file cannot be read from {path}: {ex.Message}", innerException: ex);
        }
    }
}
