namespace Shaoxing.Yearbook2020.Generators;

/// <summary>One generated source file.</summary>
internal sealed class GeneratedFile : IEquatable<GeneratedFile>
{
    public GeneratedFile(string hintName, string source)
    {
        HintName = hintName;
        Source = source;
    }

    public string HintName { get; }

    public string Source { get; }

    public bool Equals(GeneratedFile? other) => other is not null && HintName == other.HintName && Source == other.Source;

    public override bool Equals(object? obj) => Equals(obj as GeneratedFile);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(HintName) ^ StringComparer.Ordinal.GetHashCode(Source);
}
