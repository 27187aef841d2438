namespace Shaoxing.Yearbook2020.Generators;

/// <summary>One enum member and its <c>[JsonStringEnumMemberName]</c>.</summary>
internal sealed record EnumMemberSpec(string Name, string? JsonName);
