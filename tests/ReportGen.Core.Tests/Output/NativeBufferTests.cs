using ReportGen.Output;

namespace ReportGen.Core.Tests.Output;

/// <summary>The buffer outside the collected heap that a whole page is rendered and encoded into.</summary>
public sealed class NativeBufferTests
{
    [Fact]
    public void EnsureCapacity_KeepsTheItemsAskedFor_AndDoublesAtLeast()
    {
        using var buffer = new NativeBuffer<char>(4);
        "医療機器".AsSpan().CopyTo(buffer.Span);

        buffer.EnsureCapacity(5, keep: 3);

        Assert.Equal(8, buffer.Capacity);
        Assert.Equal("医療機", buffer.Span[..3].ToString());
    }

    [Fact]
    public void EnsureCapacity_GrowsToWhatIsAsked_WhenDoublingIsNotEnough()
    {
        using var buffer = new NativeBuffer<byte>(16);
        buffer.Span.Fill(7);

        buffer.EnsureCapacity(1_000_000, keep: 16);

        Assert.Equal(1_000_000, buffer.Capacity);
        Assert.Equal(1_000_000, buffer.Span.Length);
        Assert.True(buffer.Span[..16].SequenceEqual(Enumerable.Repeat((byte)7, 16).ToArray()));
        buffer.Span[^1] = 1;
    }

    [Fact]
    public void EnsureCapacity_LeavesABufferThatIsLargeEnoughAsItIs()
    {
        using var buffer = new NativeBuffer<int>(10);
        buffer.Span[9] = 42;

        buffer.EnsureCapacity(10, keep: 0);

        Assert.Equal(10, buffer.Capacity);
        Assert.Equal(42, buffer.Span[9]);
    }

    [Fact]
    public void KeepingMoreThanTheBufferHolds_IsRefused()
    {
        using var buffer = new NativeBuffer<byte>(8);

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.EnsureCapacity(100, keep: 9));
        Assert.Equal(8, buffer.Capacity);
    }

    [Fact]
    public void ADisposedBuffer_CannotBeReadOrGrown()
    {
        var buffer = new NativeBuffer<byte>(8);
        buffer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => buffer.EnsureCapacity(16, keep: 0));
        buffer.Dispose();
    }
}
