using System.Text;

namespace Shaoxing.Yearbook2020.Cli.Tests.Reliability;

/// <summary>A writer whose every write fails as writing to <c>/dev/full</c> does.</summary>
internal sealed class FailingWriter : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => throw new IOException("No space left on device");

    public override void Write(string? value) => throw new IOException("No space left on device");

    public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
}
