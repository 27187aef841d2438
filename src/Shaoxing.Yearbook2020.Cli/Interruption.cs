using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Shaoxing.Yearbook2020.Cli;

/// <summary>
/// What Ctrl-C (SIGINT), SIGQUIT and SIGTERM do to <c>yearbook2020</c>: the command in progress is cancelled (an
/// export stops between files and removes what it had written), and the process exits with 128 + the signal's number
/// (130 for Ctrl-C). A command that does not stop within <see cref="Grace"/> is ended anyway, after the clean-ups
/// registered with <see cref="OnInterrupt"/> have run, so no command can keep the terminal once it is told to stop.
/// </summary>
internal static class Interruption
{
    /// <summary>How long a cancelled command has to stop by itself before the process is ended.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static readonly CancellationTokenSource Source = new();
    private static readonly ConcurrentDictionary<object, Action> Cleanups = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int exitCode;

    /// <summary>Cancelled when the process is told to stop.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>The exit code for the signal received (130 for SIGINT), or 0 when none was.</summary>
    public static int ExitCode => Volatile.Read(ref exitCode);

    /// <summary>Takes over SIGINT, SIGQUIT and SIGTERM for this process. Called once, by the program's entry point.</summary>
    public static void Install()
    {
        foreach (var (signal, number) in new[] { (PosixSignal.SIGINT, 2), (PosixSignal.SIGQUIT, 3), (PosixSignal.SIGTERM, 15) })
        {
            try
            {
                Registrations.Add(PosixSignalRegistration.Create(signal, context => OnSignal(context, number)));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGQUIT has no equivalent on Windows; the runtime's own Ctrl-C handling applies there.
            }
            catch (Exception ex) when (ex is IOException or TypeInitializationException or OutOfMemoryException)
            {
                // The runtime could not start its signal thread (a tight `ulimit -v`): the command still runs, and the
                // signals keep their default action of ending the process at once.
                return;
            }
        }
    }

    /// <summary>Registers work to undo if the process is ended before the command finishes (removing a half-written
    /// folder); dispose the result when the work is done or undone.</summary>
    public static IDisposable OnInterrupt(Action cleanup)
    {
        var key = new object();
        Cleanups[key] = cleanup;
        return new Registration(key);
    }

    private static void OnSignal(PosixSignalContext context, int number)
    {
        // The runtime's default would end the process at once, before the command could remove what it wrote.
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref exitCode, 128 + number, 0) != 0)
        {
            return;
        }

        Source.Cancel();
        _ = Task.Run(async () =>
        {
            await Task.Delay(Grace).ConfigureAwait(false);
            foreach (var cleanup in Cleanups.Values)
            {
                try
                {
                    cleanup();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The process is ending; what cannot be removed is named by nothing but its staging name.
                }
            }

            Environment.Exit(ExitCode);
        });
    }

    private sealed class Registration(object key) : IDisposable
    {
        public void Dispose() => Cleanups.TryRemove(key, out _);
    }
}
