using ReportGen.Output;
using Scriban.Runtime;

namespace ReportGen.Html.Templates;

/// <summary>
/// A template's output in one array, kept from page to page and grown when a page needs more. Scriban's own output
/// is a <see cref="System.Text.StringBuilder"/> that it turns into a string and then empties, which copies a long page
/// twice more: for an edition page of a large report, three arrays of several megabytes each, in the large object
/// heap, whose growth triggers full collections. The array is itself outside the collected heap
/// (<see cref="NativeBuffer{T}"/>): growing it to the size of the largest page set off full collections too.
/// </summary>
internal sealed class PageOutput : IScriptOutput, IDisposable
{
    private readonly NativeBuffer<char> _chars = new(64 * 1024);

    public int Length { get; private set; }

    /// <summary>What was written since <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _chars.Span[..Length];

    public void Clear() => Length = 0;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        _chars.EnsureCapacity(checked(Length + text.Length), Length);
        text.CopyTo(_chars.Span[Length..]);
        Length += text.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    public override string ToString() => new(Text);

    public void Dispose() => _chars.Dispose();
}
