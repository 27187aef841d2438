using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Shaoxing.Yearbook2020.Generators.Tests;

/// <summary>Runs the generator over small sources of a test's own.</summary>
internal static class GeneratorHarness
{
    /// <summary>Compiles the sources, runs the generator; returns its files by name and the messages of the <c>#error</c> directives in them.</summary>
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
        var driver = CSharpGeneratorDriver.Create(new RecordReaderGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var files = driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString());
        var errors = output.GetDiagnostics().Where(d => d.Id == "CS1029").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return (files, errors);
    }
}
