using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>
/// Writes a strict reader for every record type named by <c>[GenerateRecordReaders(...)]</c> or declared a
/// record kind by <c>[DataFile]</c>, and for every record and enum those reach through their properties: one
/// <c>{Record}Reader</c> class each, <c>DataEnums</c> with the JSON names of every enum, and
/// <c>RecordKindRegistry</c>, the table of record kinds (see <see cref="RegistryEmitter"/>).
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
        var files = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (attributeContext, cancellationToken) => ReaderEmitter.Emit(attributeContext, cancellationToken));

        context.RegisterSourceOutput(files, static (output, generated) =>
        {
            foreach (var file in generated.Files)
            {
                output.AddSource(file.HintName, file.Source);
            }
        });
    }
}
