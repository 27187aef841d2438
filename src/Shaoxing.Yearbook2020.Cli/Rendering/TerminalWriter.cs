using System.Text;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// Wraps a writer bound for a terminal. Control characters other than line breaks and tabs, and invisible format
/// characters (bidi controls, zero-width spaces), are written as <c>\u001B</c>, <c>\u202E</c> and the like, so that text typed in an argument and echoed in a message cannot move the
/// cursor, clear the screen or retitle the window; and a write that fails (a full disk, a closed pipe)
/// becomes an <see cref="OutputUnavailableException"/> naming the stream, for one clear message instead of
/// a stack trace.
/// </summary>
/// <param name="inner">The writer wrapped.</param>
/// <param name="streamName">The name of the stream in messages.</param>
/// <param name="size">How wide tables written here are drawn.</param>
internal sealed class TerminalWriter(TextWriter inner, string streamName, TerminalSize size) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    private static readonly bool CarriageReturnEndsLines = Environment.NewLine.Contains('\r', StringComparison.Ordinal);

    /// <summary>The name of the stream in messages, e.g. <c>standard output</c>.</summary>
    public string StreamName => streamName;

    /// <summary>How wide tables written here are drawn, and whether a person reads them on a terminal.</summary>
    public TerminalSize Size => size;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (NeedsEscape(value))
        {
            Guard(() => inner.Write(Escape(value)));
        }
        else
        {
            Guard(() => inner.Write(value));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var safe = Escaped(value);
        Guard(() => inner.Write(safe));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    public override void WriteLine(string? value)
    {
        var safe = Escaped(value ?? string.Empty);
        Guard(() => inner.WriteLine(safe));
    }

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        // The inner writer belongs to the caller (the console, or a test's StringWriter).
        base.Dispose(disposing);
    }

    // Format characters (bidi overrides and isolates, zero-width spaces and joiners) are invisible and can reorder or
    // hide what follows them, so they are shown as escapes like the controls. Inside JSON, \u202E is the same string.
    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t') && !(c == '\r' && CarriageReturnEndsLines))
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static string Escape(char c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private static string Escaped(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(NeedsEscape(c) ? Escape(c) : c.ToString());
        }

        return builder.ToString();
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The console reports a closed descriptor as UnauthorizedAccessException around "Bad file descriptor".
            throw new OutputUnavailableException(streamName, ex);
        }
    }
}
