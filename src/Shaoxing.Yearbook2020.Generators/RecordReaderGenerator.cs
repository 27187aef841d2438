using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// Reads the package's record kinds (<c>[DataFile]</c>) and the records and enums they reach into one
/// <see cref="DatasetSpec"/>, then emits from it: a strict reader, writer and field walk per record, <c>DataEnums</c>,
/// <c>RecordKindRegistry</c> with one <c>RecordKind</c> subclass per kind, the <c>Yearbook</c> properties, the id sets of
/// <c>DatasetFacts</c> and the export schema (see <see cref="ReaderEmitter"/> and <see cref="RegistryEmitter"/>).
/// What is wrong with a declaration is a compiler error with an id (YB0001–YB0010) at the declaration.
/// </summary>
/// <remarks>
/// The readers read into locals and build each immutable record once, which System.Text.Json's own
/// source generator does not do for <c>required</c>/<c>init</c> records (it boxes constructor
/// arguments); see <c>DataReader</c> in the package for the measurements.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class RecordReaderGenerator : IIncrementalGenerator
{
    /// <summary>The attribute that names the root record types (defined in the package).</summary>
    public const string AttributeName = "Shaoxing.Yearbook2020.Data.Reading.GenerateRecordReadersAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (attributeContext, cancellationToken) => SpecParser.Parse(attributeContext, cancellationToken));

        context.RegisterSourceOutput(specs, static (output, spec) =>
        {
            foreach (var diagnostic in spec.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var file in ReaderEmitter.Emit(spec).Concat(RegistryEmitter.Emit(spec)))
            {
                output.AddSource(file.HintName, file.Source);
            }
        });
    }
}
