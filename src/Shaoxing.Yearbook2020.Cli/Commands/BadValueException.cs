namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// A value that is well formed but names nothing in the data (an agency, a person, a meeting, a row of 表6): only the
/// selection can tell, since the data may come from <c>--data</c>. Reported like a value refused while parsing.
/// </summary>
/// <param name="message">What is wrong, naming the value (and, where it can, what was meant).</param>
internal sealed class BadValueException(string message) : Exception(message);
