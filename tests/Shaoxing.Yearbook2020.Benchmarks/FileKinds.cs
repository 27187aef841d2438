using System.Collections.Immutable;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>How to load each data file three ways: the package's loader (integrity check, strict
/// source-generated reader, count check), and reflection-based System.Text.Json into the same records.</summary>
internal static class FileKinds
{
    private static readonly DataFileLoader Loader = new(new InMemoryDataFileSource(DataFiles.All));

    public static object Package(string name)
    {
        var context = YearbookJsonContext.Default;
        return name switch
        {
            DataFileNames.Sections => Loader.LoadArray(name, context.ImmutableArraySection),
            DataFileNames.Entries => Loader.LoadArray(name, context.ImmutableArrayEntry),
            DataFileNames.Captions => Loader.LoadArray(name, context.ImmutableArrayCaption),
            DataFileNames.Tables => Loader.LoadArray(name, context.ImmutableArraySeedTable),
            DataFileNames.Corrections => Loader.LoadArray(name, context.ImmutableArrayCorrection),
            DataFileNames.Figures => Loader.LoadArray(name, context.ImmutableArrayFigure),
            DataFileNames.ConsistencyRules => Loader.LoadArray(name, context.ImmutableArrayConsistencyRule),

            // Record kinds of later issues: add them below this line.
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no loader registered for this file"),
        };
    }

    public static object Reflection(string name)
    {
        var bytes = DataFiles.All[name];
        var options = ReflectionOptions.Options;
        return name switch
        {
            DataFileNames.Sections => JsonSerializer.Deserialize<ImmutableArray<Section>>(bytes, options),
            DataFileNames.Entries => JsonSerializer.Deserialize<ImmutableArray<Entry>>(bytes, options),
            DataFileNames.Captions => JsonSerializer.Deserialize<ImmutableArray<Caption>>(bytes, options),
            DataFileNames.Tables => JsonSerializer.Deserialize<ImmutableArray<SeedTable>>(bytes, options),
            DataFileNames.Corrections => JsonSerializer.Deserialize<ImmutableArray<Correction>>(bytes, options),
            DataFileNames.Figures => JsonSerializer.Deserialize<ImmutableArray<Figure>>(bytes, options),
            DataFileNames.ConsistencyRules => JsonSerializer.Deserialize<ImmutableArray<ConsistencyRule>>(bytes, options),

            // Record kinds of later issues: add them below this line.
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no loader registered for this file"),
        };
    }
}
