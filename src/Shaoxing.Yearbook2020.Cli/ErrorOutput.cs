namespace Shaoxing.Yearbook2020.Cli;

/// <summary>How <c>yearbook2020</c> reports a problem: one line starting <c>error: </c> on the error writer, and an exit code.</summary>
internal static class ErrorOutput
{
    /// <summary>Writes one error line.</summary>
    public static void Write(TextWriter error, string message) => error.WriteLine("error: " + message);

    /// <summary>Writes one error line about the arguments.</summary>
    /// <returns><see cref="ExitCodes.BadArguments"/>.</returns>
    public static int BadArguments(TextWriter error, string message)
    {
        Write(error, message);
        return ExitCodes.BadArguments;
    }

    /// <summary>Writes one error line about a failed check or bad data.</summary>
    /// <returns><see cref="ExitCodes.Failure"/>.</returns>
    public static int Failure(TextWriter error, string message)
    {
        Write(error, message);
        return ExitCodes.Failure;
    }

    /// <summary>Writes that the command was stopped by a signal.</summary>
    /// <returns>128 + the signal's number (130 for Ctrl-C).</returns>
    public static int Interrupted(TextWriter error)
    {
        Write(error, "interrupted; nothing was left half-written.");
        return Interruption.ExitCode == 0 ? ExitCodes.Interrupted : Interruption.ExitCode;
    }
}
