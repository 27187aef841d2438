namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>The language of the values in the tables a command writes (the headers are English in both).</summary>
internal enum OutputLanguage
{
    /// <summary>The texts as the yearbook prints them, in Chinese.</summary>
    Chinese,

    /// <summary>The records' English renderings, people in pinyin, bodies and places by their English names.</summary>
    English,
}
