using System.Text.RegularExpressions;

namespace Shaoxing.Yearbook2020.Tests.Docs;

/// <summary>
/// A Markdown file of the repository as the documentation tests read it: its links (outside code), the anchors
/// GitHub gives its headings, and its fenced code blocks.
/// </summary>
internal sealed partial class MarkdownDocument
{
    /// <summary>The repository's address: links to it are checked against the files of this clone.</summary>
    public const string RepositoryUrl = "https://github.com/shaoxing-yearbook/Shaoxing.Yearbook2020";

    private MarkdownDocument(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file's text.</summary>
    public string Text { get; }

    public static MarkdownDocument Read(string path) => new(path, File.ReadAllText(path));

    /// <summary>Every Markdown file of the repository, as a path relative to its root with '/' separators.</summary>
    public static IEnumerable<string> AllInRepository()
    {
        var root = Testing.RepositoryPaths.Root;
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "BenchmarkDotNet.Artifacts" || part.StartsWith('.') && part != ".github"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The targets of the inline links and images outside code: <c>[text](target)</c>.</summary>
    public IReadOnlyList<string> LinkTargets() =>
        InlineLink().Matches(WithoutCode(Text)).Select(m => m.Groups["target"].Value).ToList();

    /// <summary>Every address of the repository written in the file outside code, in a link or bare.</summary>
    public IReadOnlyList<string> RepositoryUrls() =>
        RepositoryAddress().Matches(WithoutCode(Text)).Select(m => m.Value.TrimEnd('.', ',', ';', ':')).ToList();

    /// <summary>The anchors GitHub makes of the file's headings (lower case, punctuation dropped, spaces as '-').</summary>
    public IReadOnlySet<string> HeadingAnchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in WithoutFencedBlocks(Text).Split('\n'))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var text = heading.Groups["text"].Value.Replace("`", string.Empty, StringComparison.Ordinal);
            var slug = new string(text.ToLowerInvariant()
                .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')
                .Select(c => c == ' ' ? '-' : c)
                .ToArray());
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>The bodies of the fenced code blocks whose info string is <paramref name="language"/>.</summary>
    public IReadOnlyList<string> CodeBlocks(string language) =>
        FencedBlock().Matches(Text)
            .Where(m => m.Groups["info"].Value.Trim() == language)
            .Select(m => m.Groups["body"].Value)
            .ToList();

    private static string WithoutFencedBlocks(string text) => FencedBlock().Replace(text, string.Empty);

    private static string WithoutCode(string text) => InlineCode().Replace(WithoutFencedBlocks(text), string.Empty);

    [GeneratedRegex(@"^(?<fence>```+|~~~+)(?<info>[^\n]*)\n(?<body>.*?)^\k<fence>[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(`+).+?\1", RegexOptions.Singleline)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[[^\]\n]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"https://github\.com/shaoxing-yearbook/Shaoxing\.Yearbook2020[^\s)>\]""'`]*")]
    private static partial Regex RepositoryAddress();

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();
}
