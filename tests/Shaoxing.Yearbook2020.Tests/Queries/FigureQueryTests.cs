namespace Shaoxing.Yearbook2020.Tests.Queries;

public sealed class FigureQueryTests
{
    [Fact]
    public void InEntry_Exam_ReturnsTheNineNumbersInTextOrder()
    {
        // line 275: 20656人, 16706人, 80.88%, 1927人, 1639人, 85.05%, 18729人, 15067人, 80.45%.
        Yearbook.Default.Figures.InEntry("s5-e11").Select(f => f.Value)
            .Should().Equal("20656", "16706", "80.88", "1927", "1639", "85.05", "18729", "15067", "80.45");
    }

    [Fact]
    public void InEntry_UnknownEntry_ReturnsEmpty()
    {
        Yearbook.Default.Figures.InEntry("s9-e99").Should().BeEmpty();
    }

    [Fact]
    public void WithLabel_Accidents_FindsTheTextAndTheTable()
    {
        Yearbook.Default.Figures.WithLabel("事故起数").Should().Contain(f => f.Id == "t6-total-accidents");
        Yearbook.Default.Figures.WithLabel("生产安全事故").Should().Contain(f => f.Id == "safety-2020-accidents");
    }

    [Fact]
    public void Queries_BadInput_Throw()
    {
        var figures = Yearbook.Default.Figures;

        FluentActions.Invoking(() => figures.InEntry(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => figures.InTable(" ")).Should().Throw<ArgumentException>().WithParameterName("tableId");
        FluentActions.Invoking(() => figures.WithLabel(string.Empty)).Should().Throw<ArgumentException>().WithParameterName("text");
    }
}
