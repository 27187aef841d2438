using System.Reflection;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Data.Reading;

/// <summary>The readers' enum name tables against the names the serializer writes (the <c>[JsonStringEnumMemberName]</c> attributes).</summary>
public sealed class DataEnumsTests
{
    // The serializer by reflection, as a user of the records would call it: it writes each member's [JsonStringEnumMemberName].
    private static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static readonly FieldInfo[] Tables = typeof(DataEnums).GetFields(BindingFlags.Public | BindingFlags.Static);

    public static TheoryData<string> TableNames => new(Tables.Select(f => f.Name));

    [Fact]
    public void DataEnums_HasATableForEveryEnumOfTheModel()
    {
        var modelEnums = typeof(Agency).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Agency).Namespace);
        var tabled = Tables.Select(f => f.FieldType.GetGenericArguments()[0]);

        tabled.Should().BeEquivalentTo(modelEnums);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Table_NamesEveryMember_AsTheSerializerWritesIt(string tableName)
    {
        var field = Tables.Single(f => f.Name == tableName);
        var check = typeof(DataEnumsTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(field.FieldType.GetGenericArguments()[0]);

        check.Invoke(null, [field.GetValue(null)]);
    }

    private static void Check<TEnum>(EnumNames<TEnum> table)
        where TEnum : struct, Enum
    {
        table.Members.Select(m => m.Value).Should().BeEquivalentTo(Enum.GetValues<TEnum>(), "every member needs a name");
        foreach (var (name, value) in table.Members)
        {
            JsonSerializer.Serialize(value, Options).Should().Be($"\"{name}\"", $"{typeof(TEnum).Name}.{value}");
            table.NameOf(value).Should().Be(name, "the writers write what the readers read");
        }
    }
}
