using System.Reflection;
using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

public sealed class KebabNamesTests
{
    /// <summary>Every enum the records of every kind hold, with the names the package's schema says the data writes.</summary>
    public static TheoryData<string> Enums => new(EnumFields().Select(e => e.Type.Name).Distinct());

    [Theory]
    [MemberData(nameof(Enums))]
    public void Of_EveryValueOfAnEnumTheRecordsHold_IsTheNameTheDataWrites(string enumName)
    {
        var (type, names) = EnumFields().First(e => e.Type.Name == enumName);
        var of = typeof(KebabNames).GetMethod(nameof(KebabNames.Of))!.MakeGenericMethod(type);

        Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => (string)of.Invoke(null, [Enum.ToObject(type, v)])!)
            .Should().Equal(names, enumName);
    }

    [Fact]
    public void Enums_OfTheRecords_AreEveryEnumOfTheModelThatRecordsHold()
    {
        EnumFields().Select(e => e.Type).Should().Contain([typeof(AgencyKind), typeof(MeetingKind), typeof(AppearanceKind), typeof(DetailLevel), typeof(RuleOperandKind)]);
    }

    [Fact]
    public void TryParse_TheDataNameOfANewerKind_FindsIt()
    {
        KebabNames.TryParse<AgencyKind>("national-body", out var kind).Should().BeTrue();

        kind.Should().Be(AgencyKind.NationalBody);
    }

    private static IEnumerable<(Type Type, IReadOnlyList<string> Names)> EnumFields()
    {
        IEnumerable<(Type, IReadOnlyList<string>)> Walk(RecordSchema schema) => schema.Fields.SelectMany(f =>
        {
            if (f.Record is { } nested)
            {
                return Walk(nested);
            }

            if (f.AllowedValues.IsEmpty)
            {
                return [];
            }

            var type = schema.RecordType.GetProperty(f.PropertyName, BindingFlags.Public | BindingFlags.Instance)!.PropertyType;
            type = type.IsGenericType ? type.GetGenericArguments()[0] : type;
            return [(Nullable.GetUnderlyingType(type) ?? type, (IReadOnlyList<string>)f.AllowedValues)];
        });

        return Yearbook.Kinds.SelectMany(k => Walk(k.Schema));
    }
}
