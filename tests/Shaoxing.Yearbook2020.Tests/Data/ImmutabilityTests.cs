using System.Collections;
using System.Reflection;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Data;

public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(Yearbook).Assembly.GetExportedTypes();

    [Fact]
    public void Records_AreSealed_WithNoPublicSetters()
    {
        var records = PublicTypes.Where(t => t.Namespace == typeof(Entry).Namespace && t.IsClass).ToList();

        records.Should().NotBeEmpty();
        foreach (var type in records)
        {
            type.IsSealed.Should().BeTrue($"{type.Name} is a record");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                var isInitOnly = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
                isInitOnly.Should().BeTrue($"{type.Name}.{property.Name} must be init-only");
            }
        }
    }

    [Fact]
    public void CollectionProperties_AreImmutableTypes()
    {
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var propertyType = property.PropertyType;
                if (propertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(propertyType))
                {
                    continue;
                }

                var ok = propertyType.Namespace == "System.Collections.Immutable" || propertyType.Namespace == typeof(Yearbook).Namespace + ".Queries";
                ok.Should().BeTrue($"{type.Name}.{property.Name} is a {propertyType.Name}; collections must be immutable or the package's read-only collections");
            }
        }
    }

    [Fact]
    public void Collections_CannotBeCastBackToMutableLists()
    {
        foreach (var kind in Yearbook.Kinds)
        {
            var collection = kind.RecordsIn(Yearbook.Default);
            collection.Should().NotBeAssignableTo<IList>(kind.Name);
            collection.GetType().GetInterfaces().Should().NotContain(
                i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IList<>)),
                "{0} must not be castable to a mutable collection",
                kind.Name);
        }
    }

    [Fact]
    public void NestedLists_RefuseMutation_ThroughTheirInterfaces()
    {
        var entry = Yearbook.Default.Entries[0];
        var segments = (IList<TextSegment>)entry.Segments;
        var sectionIds = (IList<string>)Yearbook.Default.Sections[0].EntryIds;

        segments.IsReadOnly.Should().BeTrue();
        ((Action)(() => segments[0] = segments[0] with { Line = 1 })).Should().Throw<NotSupportedException>();
        ((Action)(() => sectionIds.Add("x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => ((IList<string>)Yearbook.SeedLines).Clear())).Should().Throw<NotSupportedException>();
        Yearbook.Default.Entries[0].Segments.Should().Equal(entry.Segments);
    }
}
