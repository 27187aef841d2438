using System.Globalization;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>How wide tables are drawn, and whether standard output is a terminal a person reads.</summary>
/// <param name="Width">The width in columns that tables fit into.</param>
/// <param name="IsTerminal">Whether standard output is a terminal (not a file or a pipe).</param>
internal sealed record TerminalSize(int Width, bool IsTerminal)
{
    /// <summary>
    /// The width when standard output is a file or a pipe and <c>COLUMNS</c> is not set: wide, so that a table of
    /// Chinese text saved or piped to another program wraps as little as possible and one row stays one line.
    /// </summary>
    public const int RedirectedWidth = 160;

    /// <summary>A file or a pipe, drawn <see cref="RedirectedWidth"/> wide.</summary>
    public static TerminalSize Redirected { get; } = new(RedirectedWidth, IsTerminal: false);

    /// <summary>The size a writer was made with (<see cref="Redirected"/> for a writer not wrapped in a <see cref="TerminalWriter"/>).</summary>
    public static TerminalSize Of(TextWriter writer) => writer is TerminalWriter terminal ? terminal.Size : Redirected;

    /// <summary>The size of this process's standard output.</summary>
    public static TerminalSize FromEnvironment()
    {
        var isTerminal = !Console.IsOutputRedirected;
        return Resolve(Environment.GetEnvironmentVariable("COLUMNS"), isTerminal, isTerminal ? WindowWidth : () => 0);
    }

    /// <summary>
    /// The width: <c>COLUMNS</c> when it is a positive whole number, else the terminal's width, else
    /// <see cref="RedirectedWidth"/>.
    /// </summary>
    /// <param name="columns">The value of the <c>COLUMNS</c> environment variable, if any.</param>
    /// <param name="isTerminal">Whether standard output is a terminal.</param>
    /// <param name="windowWidth">Reads the terminal's width (0 or less when it cannot be told).</param>
    public static TerminalSize Resolve(string? columns, bool isTerminal, Func<int> windowWidth)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var fromVariable) && fromVariable > 0)
        {
            return new(fromVariable, isTerminal);
        }

        var window = isTerminal ? windowWidth() : 0;
        return new(window > 0 ? window : RedirectedWidth, isTerminal);
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException)
        {
            // No terminal to ask after all (a detached session): the redirected width applies.
            return 0;
        }
    }
}
