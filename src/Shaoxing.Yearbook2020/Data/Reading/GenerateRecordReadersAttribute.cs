namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// Asks the build's source generator (<c>src/Shaoxing.Yearbook2020.Generators</c>) to write a
/// <c>{Record}Reader</c> for each record type named here, for each record kind declared with
/// <see cref="DataFileAttribute"/>, and for every record and enum their properties reach, plus <c>DataEnums</c>
/// and <see cref="RecordKindRegistry"/>; the readers read with the type this attribute is on (<see cref="DataReader"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false)]
internal sealed class GenerateRecordReadersAttribute : Attribute
{
    /// <param name="records">Record types read at the top level of a file that are not record kinds (the manifest).</param>
    public GenerateRecordReadersAttribute(params Type[] records)
    {
        Records = records;
    }

    /// <summary>Record types read at the top level of a file that are not record kinds.</summary>
    public IReadOnlyList<Type> Records { get; }
}
