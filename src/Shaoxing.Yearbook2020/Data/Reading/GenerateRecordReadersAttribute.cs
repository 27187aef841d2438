namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>
/// Asks the build's source generator (<c>src/Shaoxing.Yearbook2020.Generators</c>) to write a
/// <c>{Record}Reader</c> for each record type named here and for every record and enum their properties
/// reach, plus <c>DataEnums</c>; the readers read with the type this attribute is on (<see cref="DataReader"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false)]
internal sealed class GenerateRecordReadersAttribute : Attribute
{
    /// <param name="records">The record types the data files hold at their top level.</param>
    public GenerateRecordReadersAttribute(params Type[] records)
    {
        Records = records;
    }

    /// <summary>The record types the data files hold at their top level.</summary>
    public IReadOnlyList<Type> Records { get; }
}
