namespace Shaoxing.Yearbook2020.Extractor.English;

/// <summary>The bytes of one glossary file, named as errors name it.</summary>
/// <param name="Name">The file's path under the seed folder, such as <c>glossary/roles.json</c>.</param>
/// <param name="Bytes">The file's UTF-8 JSON.</param>
public sealed record GlossaryFile(string Name, byte[] Bytes);
