using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// Reads the declarations into a <see cref="DatasetSpec"/>: the roots <c>[GenerateRecordReaders]</c> names, every
/// record kind (<c>[DataFile]</c>), every record and enum their properties reach, and what is wrong with them.
/// The only class of the generator that looks at symbols.
/// </summary>
internal static class SpecParser
{
    /// <summary>The attribute that declares a record kind (defined in the package).</summary>
    public const string DataFileAttributeName = "Shaoxing.Yearbook2020.Data.DataFileAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static DatasetSpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticSpec>();
        var kinds = DataFileRecords(context.SemanticModel.Compilation, cancellationToken);
        var roots = context.Attributes[0].ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : ImmutableArray.Create(a))
            .Select(v => v.Value).OfType<INamedTypeSymbol>()
            .Concat(kinds.Select(k => k.Record));

        var records = new List<RecordSpec>();
        var enums = new List<INamedTypeSymbol>();
        var pending = new Queue<INamedTypeSymbol>(roots);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kindNames = new HashSet<string>(kinds.Select(k => k.Record.ToDisplayString(TypeFormat)), StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = pending.Dequeue();
            if (!seen.Add(record.ToDisplayString(TypeFormat)))
            {
                continue;
            }

            var properties = new List<PropertySpec>();
            foreach (var property in DataProperties(record))
            {
                var spec = Property(record, property, kindNames, diagnostics);
                properties.Add(spec);
                var (type, _) = Unwrap(property.Type);
                type = ElementOf(type) ?? type;
                if (type.TypeKind == TypeKind.Enum && !enums.Contains((INamedTypeSymbol)type, SymbolEqualityComparer.Default))
                {
                    enums.Add((INamedTypeSymbol)type);
                }
                else if (IsRecord(type))
                {
                    pending.Enqueue((INamedTypeSymbol)type);
                }
            }

            records.Add(new RecordSpec(record.Name, record.ToDisplayString(TypeFormat), new EquatableArray<PropertySpec>(properties)));
        }

        var kindSpecs = kinds
            .OrderBy(k => FileName(k.Attribute), StringComparer.Ordinal)
            .Select(k => Kind(k.Record, k.Attribute, records.First(r => r.FullName == k.Record.ToDisplayString(TypeFormat)), diagnostics))
            .ToList();
        foreach (var duplicate in kindSpecs.GroupBy(k => k.FileName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(new DiagnosticSpec("YB0010", $"{string.Join(" and ", duplicate.Select(k => k.Record))} are declared in the same data file, {duplicate.Key}", null));
        }

        return new DatasetSpec(
            context.TargetSymbol.ContainingNamespace.ToDisplayString(),
            kinds.Count == 0 ? string.Empty : kinds[0].Attribute.AttributeClass!.ContainingNamespace.ToDisplayString(),
            new EquatableArray<RecordSpec>(records.OrderBy(r => r.Name, StringComparer.Ordinal)),
            new EquatableArray<EnumSpec>(enums.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => Enum(e, diagnostics))),
            new EquatableArray<KindSpec>(kindSpecs),
            new EquatableArray<DiagnosticSpec>(diagnostics));
    }

    /// <summary>The record types of a compilation's own source that carry <c>[DataFile]</c>.</summary>
    private static List<(INamedTypeSymbol Record, AttributeData Attribute)> DataFileRecords(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<(INamedTypeSymbol, AttributeData)>();
        foreach (var symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol type
                && type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == DataFileAttributeName) is { } attribute)
            {
                found.Add((type, attribute));
            }
        }

        return found;
    }

    /// <summary>The properties a data file holds: public, settable (init), not <c>[JsonIgnore]</c>d, in declaration order.</summary>
    private static IEnumerable<IPropertySymbol> DataProperties(INamedTypeSymbol record) =>
        record.GetMembers().OfType<IPropertySymbol>().Where(p =>
            !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && p.SetMethod is not null
            && !p.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute"));

    private static PropertySpec Property(INamedTypeSymbol record, IPropertySymbol property, HashSet<string> kinds, List<DiagnosticSpec> diagnostics)
    {
        var (type, nullable) = Unwrap(property.Type);
        var element = ElementOf(type);
        var valueType = element ?? type;
        var value = element is not null ? ListValue(element) : Value(property, type, nullable);
        var location = LocationSpec.Of(property);
        if (value == ValueKind.Unsupported)
        {
            diagnostics.Add(new DiagnosticSpec(
                "YB0001",
                $"{record.Name}.{property.Name} is a {property.Type.ToDisplayString()}, which the record readers cannot read: add it to DataReader and the generator's ReaderEmitter",
                location));
        }

        var links = property.GetAttributes().Where(a => a.AttributeClass?.Name == "LinksToAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(c => c.Kind == TypedConstantKind.Array ? c.Values : ImmutableArray.Create(c)))
            .Select(v => v.Value).OfType<INamedTypeSymbol>()
            .Select(t => t.ToDisplayString(TypeFormat))
            .ToList();
        foreach (var target in links.Where(t => !kinds.Contains(t)))
        {
            diagnostics.Add(new DiagnosticSpec("YB0006", $"{record.Name}.{property.Name} links to {target.Replace("global::", string.Empty)}, which is not a record kind (it has no [DataFile])", location));
        }

        if (links.Count > 0 && valueType.SpecialType != SpecialType.System_String)
        {
            diagnostics.Add(new DiagnosticSpec("YB0007", $"{record.Name}.{property.Name} has [LinksTo] but holds no string ids", location));
        }

        var name = property.Name;
        var isId = name.EndsWith(element is null ? "Id" : "Ids", StringComparison.Ordinal)
            || property.GetAttributes().Any(a => a.AttributeClass?.Name == "IdReferenceAttribute")
            || links.Count > 0;
        return new PropertySpec(
            name,
            JsonName(property),
            property.Type.ToDisplayString(TypeFormat),
            value,
            valueType.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(TypeFormat),
            valueType.Name,
            element is not null,
            nullable,
            isId,
            property.GetAttributes().Any(a => a.AttributeClass?.Name == "MultilineTextAttribute"),
            property.GetAttributes().Any(a => a.AttributeClass?.Name == "AnyYearAttribute"),
            new EquatableArray<string>(links),
            DocText.Of(property.GetDocumentationCommentXml(cancellationToken: default), "summary"),
            location);
    }

    private static ValueKind ListValue(ITypeSymbol element) =>
        element.SpecialType == SpecialType.System_String ? ValueKind.String
        : element.TypeKind == TypeKind.Enum ? ValueKind.Enum
        : IsRecord(element) ? ValueKind.Record
        : ValueKind.Unsupported;

    private static ValueKind Value(IPropertySymbol property, ITypeSymbol type, bool nullable)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return ValueKind.String;
            case SpecialType.System_Int32:
                return ValueKind.Int32;
            case SpecialType.System_Decimal:
                return ValueKind.Decimal;
            case SpecialType.System_Boolean when !nullable:
                return ValueKind.Boolean;
        }

        var fullName = type.ToDisplayString();
        if (fullName == "System.DateOnly")
        {
            return ValueKind.Date;
        }

        if (fullName == "System.TimeOnly" && nullable && property.GetAttributes().Any(a =>
                a.AttributeClass?.Name == "JsonConverterAttribute"
                && a.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol { Name: "HourMinuteTimeConverter" }))
        {
            return ValueKind.HourMinute;
        }

        return type.TypeKind == TypeKind.Enum && !nullable ? ValueKind.Enum
            : IsRecord(type) ? ValueKind.Record
            : ValueKind.Unsupported;
    }

    private static EnumSpec Enum(INamedTypeSymbol type, List<DiagnosticSpec> diagnostics)
    {
        var members = new List<EnumMemberSpec>();
        foreach (var member in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst))
        {
            var jsonName = member.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonStringEnumMemberNameAttribute")
                ?.ConstructorArguments.FirstOrDefault().Value as string;
            if (jsonName is null)
            {
                diagnostics.Add(new DiagnosticSpec("YB0002", $"{type.Name}.{member.Name} has no [JsonStringEnumMemberName]", LocationSpec.Of(member)));
            }

            members.Add(new EnumMemberSpec(member.Name, jsonName));
        }

        return new EnumSpec(type.Name, type.ToDisplayString(TypeFormat), new EquatableArray<EnumMemberSpec>(members));
    }

    private static KindSpec Kind(INamedTypeSymbol record, AttributeData attribute, RecordSpec spec, List<DiagnosticSpec> diagnostics)
    {
        var location = LocationSpec.Of(record);
        var fileName = FileName(attribute);
        if (!spec.Properties.Any(p => p.Name == "Id" && p.Value == ValueKind.String && !p.IsList))
        {
            diagnostics.Add(new DiagnosticSpec("YB0003", $"{record.Name} has no string Id, which every record kind is keyed by", location));
        }

        var validator = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as INamedTypeSymbol : null;
        if (validator is null || !validator.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type.Name == "DatasetFacts"))
        {
            diagnostics.Add(new DiagnosticSpec("YB0004", $"the validator of {record.Name} needs a constructor taking DatasetFacts", location));
        }

        var collection = Named(attribute, "Collection") as INamedTypeSymbol;
        bool? takesYearbook = null;
        if (collection is not null)
        {
            var records = $"System.Collections.Immutable.ImmutableArray<{record.ToDisplayString()}>";
            var constructors = collection.InstanceConstructors.Select(c => c.Parameters.Select(p => p.Type.ToDisplayString()).ToList()).ToList();
            takesYearbook = constructors.Any(p => p.Count == 2 && p[0] == records && p[1] == "Shaoxing.Yearbook2020.Yearbook") ? true
                : constructors.Any(p => p.Count == 1 && p[0] == records) ? false
                : null;
            if (takesYearbook is null)
            {
                diagnostics.Add(new DiagnosticSpec(
                    "YB0005",
                    $"{collection.Name} (the collection of {record.Name}) needs a constructor taking ImmutableArray<{record.Name}>, optionally followed by the Yearbook",
                    location));
                takesYearbook = false;
            }
        }

        var documentation = record.GetDocumentationCommentXml();
        var summary = DocText.InnerXml(documentation, "collection");
        if (summary.Length == 0)
        {
            diagnostics.Add(new DiagnosticSpec(
                "YB0008",
                $"{record.Name} has no <collection> element in its XML documentation, which documents its Yearbook property",
                location));
        }

        return new KindSpec(
            record.Name,
            record.ToDisplayString(TypeFormat),
            fileName,
            PascalCase(fileName),
            validator?.ToDisplayString(TypeFormat) ?? "object",
            collection?.ToDisplayString(TypeFormat) ?? $"global::Shaoxing.Yearbook2020.Queries.RecordCollection<{record.ToDisplayString(TypeFormat)}>",
            takesYearbook,
            Label(record, Named(attribute, "Label") as string, spec, location, diagnostics),
            summary,
            DocText.InnerXml(documentation, "collectionValue"),
            spec.Properties.Any(p => p.Name == "Source" && p.ValueName == "SourceSpan" && !p.IsList && !p.IsNullable));
    }

    /// <summary>Parses a label template: <c>{Property}</c> is the property's value, <c>[…]</c> an optional group.</summary>
    private static EquatableArray<LabelPart> Label(INamedTypeSymbol record, string? template, RecordSpec spec, LocationSpec? location, List<DiagnosticSpec> diagnostics)
    {
        var parts = new List<LabelPart>();
        if (template is null)
        {
            return new EquatableArray<LabelPart>(parts);
        }

        var group = -1;
        var groups = 0;
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add(new LabelPart(literal.ToString(), false, group, ValueKind.String, false, string.Empty));
                literal.Clear();
            }
        }

        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '[' || c == ']')
            {
                Flush();
                if ((c == '[') == (group >= 0))
                {
                    diagnostics.Add(new DiagnosticSpec("YB0009", $"the label of {record.Name} has an unbalanced '{c}': groups are [ … ], not nested", location));
                    return new EquatableArray<LabelPart>([]);
                }

                group = c == '[' ? groups++ : -1;
            }
            else if (c == '{')
            {
                Flush();
                var end = template.IndexOf('}', i);
                var name = end < 0 ? template.Substring(i + 1) : template.Substring(i + 1, end - i - 1);
                var property = spec.Properties.FirstOrDefault(p => p.Name == name);
                if (end < 0 || property is null || property.IsList || property.Value == ValueKind.Record)
                {
                    diagnostics.Add(new DiagnosticSpec("YB0009", $"the label of {record.Name} names '{name}', which is not a property of it holding one value", location));
                    return new EquatableArray<LabelPart>([]);
                }

                parts.Add(new LabelPart(name, true, group, property.Value, property.IsNullable, property.ValueName));
                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush();
        if (group >= 0)
        {
            diagnostics.Add(new DiagnosticSpec("YB0009", $"the label of {record.Name} has an unbalanced '[': groups are [ … ], not nested", location));
            return new EquatableArray<LabelPart>([]);
        }

        return new EquatableArray<LabelPart>(parts);
    }

    private static object? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;

    private static string FileName(AttributeData attribute) => attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;

    // "district-safety-statistics.json" → "DistrictSafetyStatistics".
    private static string PascalCase(string fileName)
    {
        var name = fileName.EndsWith(".json", StringComparison.Ordinal) ? fileName.Substring(0, fileName.Length - 5) : fileName;
        return string.Concat(name.Split('-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
    }

    private static (ITypeSymbol Type, bool Nullable) Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } named
            ? (named.TypeArguments[0], true)
            : (type, type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated);

    private static ITypeSymbol? ElementOf(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && named.OriginalDefinition.ToDisplayString() == "System.Collections.Immutable.ImmutableArray<T>"
            ? named.TypeArguments[0]
            : null;

    private static bool IsRecord(ITypeSymbol type) => type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsRecord: true };

    private static string JsonName(IPropertySymbol property) =>
        property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
        ?? char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
}
