using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Shaoxing.Yearbook2020.Generators;

/// <summary>Where a declaration is, as values (a <see cref="Location"/> holds the syntax tree, which a spec must not).</summary>
internal sealed record LocationSpec(string FilePath, TextSpan Span, LinePositionSpan Lines)
{
    public static LocationSpec? Of(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource) is { } location
            ? new LocationSpec(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;

    public Location ToLocation() => Location.Create(FilePath, Span, Lines);
}
