namespace Shaoxing.Yearbook2020.Extractor.Layout;

/// <summary>What a block of the printed page is.</summary>
public enum LayoutBlockKind
{
    /// <summary>A section title line (综述, 应急管理 …).</summary>
    SectionTitle = 0,

    /// <summary>An entry heading 【…】, possibly split over two lines.</summary>
    Heading = 1,

    /// <summary>A run of body text (one seed line, or the rest of a heading's line).</summary>
    Paragraph = 2,

    /// <summary>A photo caption with its credit.</summary>
    Caption = 3,

    /// <summary>The unit that provided a section, <c>(… 提供)</c>.</summary>
    Provider = 4,

    /// <summary>A table (表6, 表7) with its title and rows.</summary>
    Table = 5,
}
