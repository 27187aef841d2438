namespace Shaoxing.Yearbook2020.Tests.Reliability;

/// <summary>
/// The entry point of the test assembly when a test starts it as a child process, to run the package under
/// limits the test run itself cannot take (a small stack for every thread); the test runner never calls it.
/// </summary>
public static class ChildProcessProgram
{
    /// <summary>Runs what the arguments name.</summary>
    /// <param name="args"><c>validate</c>: validates the embedded data.</param>
    /// <returns>0 when the data is valid, 1 when it is not, 2 for arguments it does not know.</returns>
    public static int Main(string[] args)
    {
        if (args is not ["validate"])
        {
            return 2;
        }

        var report = Yearbook.Default.Validate();
        Console.WriteLine($"{report.RecordsChecked} records, {report.Issues.Length} issues");
        return report.IsValid ? 0 : 1;
    }
}
