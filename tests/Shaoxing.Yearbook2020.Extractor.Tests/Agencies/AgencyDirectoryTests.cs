using Shaoxing.Yearbook2020.Extractor.Agencies;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Agencies;

public sealed class AgencyDirectoryTests
{
    [Theory]
    [InlineData("市发改委", "绍兴市发展和改革委员会", true)]
    [InlineData("市建设局", "绍兴市住房和城乡建设局", true)]
    [InlineData("市人力社保局", "绍兴市人力资源和社会保障局", true)]
    [InlineData("市外办", "绍兴市人民政府外事办公室", true)]
    [InlineData("市卫生健康委", "绍兴市卫生健康委员会", true)]
    [InlineData("市综合执法局", "绍兴市综合行政执法局", true)]
    [InlineData("市应急局", "绍兴市应急管理局", true)]
    [InlineData("市防控办", "绍兴市人民防空办公室", false)]
    [InlineData("市民政局", "绍兴市民防局", false)]
    [InlineData("市教育局", "绍兴市体育局", false)]
    public void IsShortFormOf_KeepsTheFullNamesCharactersInOrder(string written, string full, bool expected)
    {
        AgencyDirectory.IsShortFormOf(written, full).Should().Be(expected);
    }
}
