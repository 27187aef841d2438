namespace Shaoxing.Yearbook2020.Generators;

/// <summary>An enum of the data files: its members and the JSON name of each (null where it has none).</summary>
internal sealed record EnumSpec(string Name, string FullName, EquatableArray<EnumMemberSpec> Members);
