using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Consistency;

/// <summary>An operand as curated: the operand itself, and for an elapsed time the clock times it is read from.</summary>
/// <param name="Operand">The operand; for <see cref="RuleOperandKind.Elapsed"/> without its clock times, which the text gives.</param>
/// <param name="Elapsed">Where the clock times stand, for an elapsed time; otherwise <see langword="null"/>.</param>
public sealed record CuratedOperand(RuleOperand Operand, CuratedElapsed? Elapsed = null);
