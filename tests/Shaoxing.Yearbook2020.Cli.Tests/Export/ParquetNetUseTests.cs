using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>
/// The tool's project file stops reporting Parquet.Net's trim and AOT warnings, having checked the code path of its
/// schema and column API for the types the export uses. Its class serializer is another path, which reflects over
/// record types: the tool must not refer to it.
/// </summary>
public sealed class ParquetNetUseTests
{
    [Fact]
    public void Cli_RefersToParquetNetsSchemaApi_NeverToItsClassSerializer()
    {
        using var stream = File.OpenRead(typeof(CliApp).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var namespaces = metadata.TypeReferences
            .Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace))
            .Where(n => n.StartsWith("Parquet", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        namespaces.Should().Contain("Parquet.Schema").And.NotContain(n => n.StartsWith("Parquet.Serialization", StringComparison.Ordinal));
    }
}
