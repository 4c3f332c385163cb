using System.Runtime.InteropServices;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's own subsetter (hb-subset). SkiaSharp's
/// PDF backend embeds the whole font it is given, which is megabytes for a Japanese font; the native HarfBuzz
/// library that SkiaSharp.HarfBuzz already ships exports the subsetter, so it is called directly.
/// </summary>
internal static partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_MEMORY_MODE_READONLY: HarfBuzz reads the managed buffer while it is pinned.</summary>
    private const int MemoryModeReadOnly = 1;

    /// <summary>
    /// HB_SUBSET_FLAGS_NO_HINTING: drop the TrueType instructions (fpgm, prep, cvt and each glyph's program). They
    /// only fit outlines to a screen's pixel grid; a PDF is scaled to every size and printed, and viewers do not run
    /// them. Without them BIZ UDGothic's subset is about a fifth smaller.
    /// </summary>
    private const uint SubsetFlagsNoHinting = 0x1;

    /// <summary>hb_subset_sets_t: HB_SUBSET_SETS_DROP_TABLE_TAG and HB_SUBSET_SETS_LAYOUT_FEATURE_TAG.</summary>
    private const int SetsDropTableTag = 3;
    private const int SetsLayoutFeatureTag = 6;

    /// <summary>
    /// The OpenType features HarfBuzz applies by default to horizontal text, which is all the PDF lays out: the subset
    /// keeps these and the glyphs they reach. By default it would also keep vertical and width forms (vert, vrt2,
    /// fwid, hwid…) and their glyphs, which horizontal text never shows.
    /// </summary>
    private static readonly string[] HorizontalFeatures =
        ["rvrn", "ccmp", "locl", "mark", "mkmk", "rlig", "calt", "clig", "curs", "dist", "kern", "liga", "rclt", "abvm", "blwm", "ltra", "ltrm", "frac", "numr", "dnom"];

    /// <summary>Vertical metrics, for vertical writing only.</summary>
    private static readonly string[] DroppedTables = ["vhea", "vmtx", "VORG"];

    public static unsafe byte[] Subset(ReadOnlySpan<byte> font, int faceIndex, IEnumerable<int> codepoints)
    {
        fixed (byte* data = font)
        {
            var blob = hb_blob_create(data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, (uint)faceIndex);
            var input = hb_subset_input_create_or_fail();
            try
            {
                if (input == IntPtr.Zero)
                {
                    throw new InvalidOperationException("HarfBuzz could not create a subset input.");
                }

                hb_subset_input_set_flags(input, hb_subset_input_get_flags(input) | SubsetFlagsNoHinting);
                var features = hb_subset_input_set(input, SetsLayoutFeatureTag);
                hb_set_clear(features);
                foreach (var feature in HorizontalFeatures)
                {
                    hb_set_add(features, Tag(feature));
                }

                var dropped = hb_subset_input_set(input, SetsDropTableTag);
                foreach (var table in DroppedTables)
                {
                    hb_set_add(dropped, Tag(table));
                }

                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var cp in codepoints)
                {
                    hb_set_add(unicodes, (uint)cp);
                }

                var subset = hb_subset_or_fail(face, input);
                if (subset == IntPtr.Zero)
                {
                    throw new InvalidOperationException("HarfBuzz could not subset the font.");
                }

                try
                {
                    var result = hb_face_reference_blob(subset);
                    try
                    {
                        uint length;
                        var bytes = hb_blob_get_data(result, &length);
                        return new ReadOnlySpan<byte>(bytes, (int)length).ToArray();
                    }
                    finally
                    {
                        hb_blob_destroy(result);
                    }
                }
                finally
                {
                    hb_face_destroy(subset);
                }
            }
            finally
            {
                if (input != IntPtr.Zero)
                {
                    hb_subset_input_destroy(input);
                }

                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }

    [LibraryImport(Library)]
    private static unsafe partial IntPtr hb_blob_create(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static unsafe partial byte* hb_blob_get_data(IntPtr blob, uint* length);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    /// <summary>An OpenType tag as HarfBuzz stores it (HB_TAG): four ASCII letters, big-endian.</summary>
    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_set_clear(IntPtr set);

    [LibraryImport(Library)]
    private static partial uint hb_subset_input_get_flags(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
