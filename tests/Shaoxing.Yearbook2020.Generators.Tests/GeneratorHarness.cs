using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Shaoxing.Yearbook2020.Generators.Tests;

/// <summary>Runs the generator over small sources of a test's own.</summary>
internal static class GeneratorHarness
{
    /// <summary>Compiles the sources, runs the generator; returns its files by name and its diagnostics, each as <c>id: message</c>.</summary>
    public static (Dictionary<string, string> Files, List<string> Errors) Run(params string[] sources)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "GeneratorTest",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new RecordReaderGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var files = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString());
        var errors = diagnostics.Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
        return (files, errors);
    }
}
