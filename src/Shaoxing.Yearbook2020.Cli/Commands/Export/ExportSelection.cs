using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Cli.Export;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Cli.Commands.Export;

/// <summary>What <c>export</c> writes: every record kind as flat tables, once validation has passed the data.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Validation">The validation report; nothing is exported from data that is not valid.</param>
/// <param name="Tables">The tables, empty when the data is not valid.</param>
internal sealed record ExportSelection(ExportOptions Options, YearbookValidationReport Validation, ImmutableArray<ExportTable> Tables)
{
    /// <summary>Validates the yearbook and, when it is valid, flattens it into tables.</summary>
    public static ExportSelection Of(Yearbook yearbook, ExportOptions options)
    {
        var validation = yearbook.Validate();
        return new(options, validation, validation.IsValid ? DataExporter.Tables(yearbook) : []);
    }
}
