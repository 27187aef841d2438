namespace Shaoxing.Yearbook2020.Data.Reading;

/// <summary>Reads one value (a record, or an element of an array) at the reader's current token.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="reader">The reader, positioned on the value's first token; left on its last token.</param>
/// <returns>The value.</returns>
internal delegate T ItemReader<out T>(ref DataReader reader);
