namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// Everything the generator knows of the package's data, read from the declarations once and compared by value:
/// every file's output is emitted from it, and nothing is emitted from symbols.
/// </summary>
/// <param name="Namespace">The namespace of the readers (that of the type <c>[GenerateRecordReaders]</c> is on).</param>
/// <param name="DataNamespace">The namespace of <c>[DataFile]</c> and the registry.</param>
/// <param name="Records">Every record type the files hold, by name.</param>
/// <param name="Enums">Every enum they hold, by name.</param>
/// <param name="Kinds">The record kinds, in ordinal order of their file names.</param>
/// <param name="Diagnostics">What is wrong with the declarations.</param>
internal sealed record DatasetSpec(
    string Namespace,
    string DataNamespace,
    EquatableArray<RecordSpec> Records,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<KindSpec> Kinds,
    EquatableArray<DiagnosticSpec> Diagnostics);
