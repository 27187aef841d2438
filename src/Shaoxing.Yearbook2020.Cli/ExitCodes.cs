namespace Shaoxing.Yearbook2020.Cli;

/// <summary>The exit codes of <c>yearbook2020</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadArguments = 2;
}
