namespace Shaoxing.Yearbook2020.Generators;

/// <summary>A record type the data files hold (a kind's record, or one nested in it).</summary>
/// <param name="Name">The short name.</param>
/// <param name="FullName">The fully qualified name (<c>global::…</c>).</param>
/// <param name="Properties">The properties a data file holds, in declaration order (the files' order).</param>
internal sealed record RecordSpec(string Name, string FullName, EquatableArray<PropertySpec> Properties);
