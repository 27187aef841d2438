using Microsoft.CodeAnalysis;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>A problem found while reading the declarations, reported as a compiler diagnostic with its id.</summary>
internal sealed record DiagnosticSpec(string Id, string Message, LocationSpec? Location)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        new DiagnosticDescriptor(Id, "Record kind declaration", "{0}", "Shaoxing.Yearbook2020.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true),
        Location?.ToLocation(),
        Message);
}
