using Xunit.Runner.InProc.SystemConsole;

namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// The entry point of the test assembly. An xunit.v3 test assembly is a program that the test runners start to run
/// its tests; a test also starts it as a child process, with the argument <c>validate</c>, to run the package under
/// limits the test run itself cannot take (a small stack for every thread).
/// </summary>
public static class ChildProcessProgram
{
    /// <summary>The argument that starts the child process's work rather than the tests; no xunit runner passes it.</summary>
    public const string Validate = "validate";

    /// <summary>Validates the embedded data when the arguments are <see cref="Validate"/>, else runs the tests.</summary>
    /// <param name="args"><c>validate</c>, or the arguments of xunit's in-process console runner.</param>
    /// <returns>For <c>validate</c>: 0 when the data is valid, 1 when it is not; else the test run's exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args is [Validate])
        {
            var report = Yearbook.Default.Validate();
            Console.WriteLine($"{report.RecordsChecked} records, {report.Issues.Length} issues");
            return report.IsValid ? 0 : 1;
        }

        return await ConsoleRunner.Run(args);
    }
}
