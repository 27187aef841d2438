using System.Runtime.InteropServices;

namespace Shaoxing.Yearbook2020.Data.Native;

/// <summary>
/// The <c>struct statx</c> of <c>statx(2)</c>, with the two fields read: its layout is the same on every Linux
/// architecture (unlike <c>struct stat</c>), which is why <c>statx</c> is used rather than <c>fstat</c>.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    /// <summary><c>stx_mode</c>: the file type and permissions.</summary>
    [FieldOffset(28)]
    public ushort Mode;

    /// <summary><c>stx_size</c>: the size in bytes.</summary>
    [FieldOffset(40)]
    public ulong Size;
}
