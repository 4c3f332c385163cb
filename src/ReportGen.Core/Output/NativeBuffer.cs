using System.Runtime.InteropServices;

namespace ReportGen.Output;

/// <summary>
/// A growable buffer outside the garbage-collected heap, for the few buffers that hold a whole output file (a site
/// page as it is rendered, the same page encoded as UTF-8). The collector puts every array of 85,000 bytes or more in
/// its large object heap, and each time the arrays allocated there pass its budget it collects the whole heap, with
/// every thread stopped. At 50× the seed the largest pages are 6 MB, and growing their arrays set off full
/// collections that stopped the PDF and the site together for about 70 ms of a 1.1 s build. Memory the collector does
/// not own is not counted against that budget. The buffer is freed on <see cref="Dispose"/> only: it has no
/// finalizer, because a finalizer could free the memory while a <see cref="Span"/> taken from it is still in use by a
/// caller that no longer holds the buffer itself. Forgetting to dispose leaks; it never frees memory in use.
/// </summary>
public sealed unsafe class NativeBuffer<T> : IDisposable
    where T : unmanaged
{
    private T* _items;

    public NativeBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = (T*)NativeMemory.Alloc((nuint)capacity, (nuint)sizeof(T));
        Capacity = capacity;
    }

    /// <summary>How many items the buffer holds now.</summary>
    public int Capacity { get; private set; }

    /// <summary>The whole buffer; valid until the buffer grows or is disposed.</summary>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_items is null, this);
            return new(_items, Capacity);
        }
    }

    /// <summary>
    /// Grows the buffer, keeping its first <paramref name="keep"/> items, so that it holds at least
    /// <paramref name="capacity"/>: to twice its size, or more if that is not enough.
    /// </summary>
    public void EnsureCapacity(int capacity, int keep)
    {
        ObjectDisposedException.ThrowIf(_items is null, this);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keep, Capacity);
        if (capacity <= Capacity)
        {
            return;
        }

        var grown = Math.Max(capacity, (int)Math.Min(Capacity * 2L, Array.MaxLength));
        var items = (T*)NativeMemory.Alloc((nuint)grown, (nuint)sizeof(T));
        new ReadOnlySpan<T>(_items, keep).CopyTo(new Span<T>(items, keep));
        NativeMemory.Free(_items);
        _items = items;
        Capacity = grown;
    }

    public void Dispose()
    {
        NativeMemory.Free(_items);
        _items = null;
        Capacity = 0;
    }
}
