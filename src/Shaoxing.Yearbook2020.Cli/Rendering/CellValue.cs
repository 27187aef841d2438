namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// A value drawn in a <see cref="RecordTable"/> cell: text made safe by <see cref="CellText.Printable"/>, with the
/// places where its parts meet marked as places a line may break (a post and a person's name, 市安委办主任|黄立枫), so
/// that a name in a long cell is not split between lines.
/// </summary>
internal readonly record struct CellValue
{
    private CellValue(string text) => Text = text;

    /// <summary>The printable text, with <see cref="CellText.BreakHint"/> where its parts meet.</summary>
    public string Text { get; }

    /// <summary>A plain value (made printable).</summary>
    public static implicit operator CellValue(string? value) => new(CellText.Printable(value));

    /// <summary>Parts drawn as one text, a line allowed to break where they meet.</summary>
    public static CellValue Parts(params string?[] parts) => new(string.Join(CellText.BreakHint, parts.Select(CellText.Printable)));

    /// <summary>People with their posts, <c>市长盛阅春、副市长黄立枫</c>: each post and name may start a line, neither is split.</summary>
    public static CellValue People(IEnumerable<(string Role, string Name)> people) =>
        new(string.Join("、", people.Select(p => CellText.Printable(p.Role) + CellText.BreakHint + CellText.Printable(p.Name))));
}
