using System.Text.Json;
using ReportGen.Model;

namespace ReportGen.Editions;

/// <summary>An edition's page set-up, fonts and page-number style as JSON, written the same way by the record and the export.</summary>
internal static class EditionJson
{
    public static void WriteLayout(Utf8JsonWriter w, Edition e)
    {
        w.WriteStartObject("page");
        w.WriteString("size", e.Page.Size);
        w.WriteString("orientation", e.Page.Landscape ? "landscape" : "portrait");
        w.WriteNumber("margin_top_mm", e.Page.MarginTopMm);
        w.WriteNumber("margin_right_mm", e.Page.MarginRightMm);
        w.WriteNumber("margin_bottom_mm", e.Page.MarginBottomMm);
        w.WriteNumber("margin_left_mm", e.Page.MarginLeftMm);
        w.WriteEndObject();
        w.WriteStartObject("fonts");
        w.WriteString("gothic", e.Fonts.Gothic);
        w.WriteString("mincho", e.Fonts.Mincho);
        w.WriteEndObject();
        w.WriteString("page_number", e.PageNumberStyle);
    }
}
