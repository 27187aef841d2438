namespace Shaoxing.Yearbook2020.Cli;

/// <summary>How <c>yearbook2020</c> ends when the process cannot get memory: one line and exit 1.</summary>
internal static class OutOfMemory
{
    // ENOMEM, as the runtime reports it when a thread, a mapping or the terminal's settings cannot be made.
    private const string CannotAllocate = "Cannot allocate memory";
    private const int ENOMEM = 12;

    /// <summary>Whether an exception, or one it wraps, says the process ran out of memory.</summary>
    public static bool IsCause(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is OutOfMemoryException or InsufficientExecutionStackException
                || (ex is System.ComponentModel.Win32Exception { NativeErrorCode: ENOMEM })
                || (ex is IOException && ex.Message.Contains(CannotAllocate, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes one error line naming the likely cause.</summary>
    /// <returns><see cref="ExitCodes.Failure"/>.</returns>
    public static int Report(TextWriter error, Exception exception)
    {
        try
        {
            error.WriteLine($"error: not enough memory to run ({exception.GetBaseException().Message}); if `ulimit -v` is set, raise it.");
        }
        catch (Exception ex) when (ex is IOException or OutOfMemoryException)
        {
            // Nothing can be said; the exit code is all that is left.
        }

        return ExitCodes.Failure;
    }
}
