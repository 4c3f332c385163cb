namespace ReportGen.Html.Text;

/// <summary>
/// Markup that is already safe to write: produced by our own renderers from escaped content, never taken from
/// content as is. Templates escape every other value they write (see <c>AutoEscapingContext</c>).
/// </summary>
internal sealed record HtmlFragment(string Value)
{
    public override string ToString() => Value;
}
