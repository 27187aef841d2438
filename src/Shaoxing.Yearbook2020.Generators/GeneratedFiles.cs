namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// The files one attribute produces, compared by value so that the incremental pipeline can tell an
/// unchanged result from a new one (and skip writing it again).
/// </summary>
internal sealed class GeneratedFiles : IEquatable<GeneratedFiles>
{
    public GeneratedFiles(IReadOnlyList<GeneratedFile> files)
    {
        Files = files;
    }

    public IReadOnlyList<GeneratedFile> Files { get; }

    public bool Equals(GeneratedFiles? other) => other is not null && Files.SequenceEqual(other.Files);

    public override bool Equals(object? obj) => Equals(obj as GeneratedFiles);

    public override int GetHashCode() => Files.Count == 0 ? 0 : Files[0].GetHashCode() ^ Files.Count;
}
