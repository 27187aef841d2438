namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>Checks a folder given on the command line before anything reads or writes it.</summary>
internal static class FolderArgument
{
    /// <summary>Turns the text of a folder option into a full path.</summary>
    /// <param name="text">The option's value as typed.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="mustExist">Whether the folder must already exist (it is read, not created).</param>
    /// <param name="fullPath">The full path, when the value is usable.</param>
    /// <param name="problem">Why the value is not usable, when it is not.</param>
    /// <returns>Whether the value is a usable folder path.</returns>
    public static bool TryResolve(string text, string option, bool mustExist, out string fullPath, out string problem)
    {
        fullPath = string.Empty;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = $"{option} is empty; give a folder.";
            return false;
        }

        try
        {
            fullPath = Path.GetFullPath(text);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"{option} '{Shorten(text)}' is not a usable folder path: {ex.Message}";
            return false;
        }

        if (fullPath.Contains('\0', StringComparison.Ordinal))
        {
            problem = $"{option} '{Shorten(text)}' is not a usable folder path: it contains a NUL character.";
            return false;
        }

        if (mustExist && !Directory.Exists(fullPath))
        {
            problem = $"{option}: the folder '{Shorten(fullPath)}' does not exist.";
            return false;
        }

        return true;
    }

    /// <summary>Keeps messages readable when a path is absurdly long.</summary>
    public static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} characters)";
}
