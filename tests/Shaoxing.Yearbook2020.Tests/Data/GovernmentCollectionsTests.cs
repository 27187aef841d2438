using System.Collections;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Data;

public sealed class GovernmentCollectionsTests
{
    [Fact]
    public void Collections_CannotBeCastBackToMutableLists()
    {
        object[] collections = [Yearbook.Default.Agencies, Yearbook.Default.People, Yearbook.Default.Meetings];

        foreach (var collection in collections)
        {
            collection.Should().NotBeAssignableTo<IList>();
            collection.Should().NotBeAssignableTo<ICollection<Meeting>>();
        }
    }

    [Fact]
    public void Manifest_CountsTheNewFiles()
    {
        var files = Yearbook.Default.Dataset.Files.ToDictionary(f => f.Name, f => f.Records);

        files["meetings.json"].Should().Be(24);
        files["agencies.json"].Should().Be(Yearbook.Default.Agencies.Count);
        files["people.json"].Should().Be(Yearbook.Default.People.Count);
    }
}
