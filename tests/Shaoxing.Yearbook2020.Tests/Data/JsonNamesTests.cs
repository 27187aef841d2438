using System.Reflection;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Data;

/// <summary><see cref="JsonNames"/>: every value of every enum of the model, named as the serializer names it and read back.</summary>
public sealed class JsonNamesTests
{
    // The serializer by reflection, as a user of the records would call it: it writes each member's [JsonStringEnumMemberName].
    private static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static TheoryData<string> ModelEnums => new(
        typeof(Agency).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Agency).Namespace).Select(t => t.Name));

    [Fact]
    public void ModelEnums_AreMany()
    {
        ModelEnums.Should().HaveCountGreaterThanOrEqualTo(13);
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void EveryValue_RoundTripsThroughItsName_WhichIsTheSerializers(string enumName)
    {
        var type = typeof(Agency).Assembly.GetType($"{typeof(Agency).Namespace}.{enumName}")!;

        typeof(JsonNamesTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);
    }

    [Fact]
    public void TryParse_IsExact()
    {
        JsonNames.TryParse<AgencyKind>("national-body", out var kind).Should().BeTrue();
        kind.Should().Be(AgencyKind.NationalBody);

        JsonNames.TryParse<AgencyKind>("National-Body", out _).Should().BeFalse("the readers compare names exactly");
        JsonNames.TryParse<AgencyKind>("NationalBody", out _).Should().BeFalse("the member's C# name is not its data name");
    }

    [Fact]
    public void AnEnumOutsideTheData_IsRefusedNamingIt()
    {
        var act = () => JsonNames.Of(DayOfWeek.Monday);

        act.Should().Throw<ArgumentException>().WithMessage("DayOfWeek is not an enum of the data files.*");
    }

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        JsonNames.All<TEnum>().Should().Equal(values.Select(v => JsonSerializer.Serialize(v, Options).Trim('"')), typeof(TEnum).Name);
        foreach (var value in values)
        {
            var name = JsonNames.Of(value);
            name.Should().Be(JsonSerializer.Serialize(value, Options).Trim('"'), $"{typeof(TEnum).Name}.{value}");
            JsonNames.TryParse<TEnum>(name, out var back).Should().BeTrue(name);
            back.Should().Be(value);
        }
    }
}
