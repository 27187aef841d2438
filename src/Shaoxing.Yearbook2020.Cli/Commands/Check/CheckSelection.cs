using Shaoxing.Yearbook2020.Consistency;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Cli.Commands.Check;

/// <summary>What <c>check</c> found: what validation says of the data, and the outcome of every consistency rule.</summary>
/// <param name="Options">What was asked.</param>
/// <param name="Validation">The validation report.</param>
/// <param name="Report">The consistency report.</param>
internal sealed record CheckSelection(CheckOptions Options, YearbookValidationReport Validation, ConsistencyReport Report)
{
    /// <summary>Validates the yearbook and evaluates its rules.</summary>
    public static CheckSelection Of(Yearbook yearbook, CheckOptions options) => new(options, yearbook.Validate(), yearbook.CheckConsistency());
}
