namespace Shaoxing.Yearbook2020.Data;

/// <summary>Where the loader reads data files from: the embedded resources or a folder.</summary>
internal interface IDataFileSource
{
    /// <summary>A description of the source for error messages.</summary>
    string Description { get; }

    /// <summary>Reads a whole data file.</summary>
    /// <exception cref="YearbookDataException">The file is missing or cannot be read.</exception>
    byte[] Read(string fileName);
}
