using Shaoxing.Yearbook2020.Cli;
using Shaoxing.Yearbook2020.Cli.Rendering;

try
{
    Interruption.Install();
    return CliApp.Run(args, Console.Out, Console.Error, TerminalSize.FromEnvironment());
}
catch (Exception ex) when (OutOfMemory.IsCause(ex))
{
    // A tight `ulimit -v` (or a machine out of memory): one line, never a stack trace.
    return OutOfMemory.Report(Console.Error, ex);
}
