using System.Globalization;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace ReportGen.Pdf.Fonts;

/// <summary>A font or the fallback font could not be found on this machine.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);

/// <summary>One typeface the document draws with, already cut down to the characters it is used for.</summary>
public sealed class Face : IDisposable
{
    /// <summary>The scale SKShaper gives its HarfBuzz font: positions come out in 1/512 of the font size.</summary>
    internal const int HarfBuzzScale = 512;

    private SKShaper? _shaper;

    internal Face(string family, bool bold, SKTypeface typeface)
    {
        Family = family;
        Bold = bold;
        Typeface = typeface;

        // The HarfBuzz font SKShaper would make for the typeface, so that TextShaper can read HarfBuzz's buffer
        // itself instead of getting three new arrays for every run.
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new HarfBuzzSharp.Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        HarfBuzzFont = new HarfBuzzSharp.Font(face);
        HarfBuzzFont.SetScale(HarfBuzzScale, HarfBuzzScale);
        HarfBuzzFont.SetFunctionsOpenType();
    }

    public string Family { get; }

    public bool Bold { get; }

    public SKTypeface Typeface { get; }

    internal HarfBuzzSharp.Font HarfBuzzFont { get; }

    /// <summary>SkiaSharp's shaper for the typeface: what the PDF's glyphs are checked against.</summary>
    public SKShaper Shaper => _shaper ??= new SKShaper(Typeface);

    public void Dispose()
    {
        _shaper?.Dispose();
        HarfBuzzFont.Dispose();
        Typeface.Dispose();
    }
}

/// <summary>
/// Resolves the report's fonts and picks a face for every character: the main family (BIZ UDGothic by default),
/// else the fallback families, else whatever installed font has the glyph. Each face is then subset to the
/// characters it draws, so the PDF embeds only those glyphs.
/// </summary>
public sealed class FontProvider : IDisposable
{
    /// <summary>Debian packages that provide the fonts the project knows, for the error message.</summary>
    private static readonly Dictionary<string, string> Packages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BIZ UDGothic"] = "fonts-morisawa-bizud-gothic",
        ["BIZ UDPGothic"] = "fonts-morisawa-bizud-gothic",
        ["BIZ UDMincho"] = "fonts-morisawa-bizud-mincho",
        ["BIZ UDPMincho"] = "fonts-morisawa-bizud-mincho",
        ["Noto Sans CJK JP"] = "fonts-noto-cjk",
        ["Noto Serif CJK JP"] = "fonts-noto-cjk",
    };

    /// <summary>The face of each character, regular [0] and bold [1]: looked up for every character laid out.</summary>
    private readonly Dictionary<int, Face>[] _faceOf = [[], []];

    /// <summary>
    /// The same for the characters of the Basic Multilingual Plane (all but a few of a Japanese report's), by index:
    /// the lookup is made for every character shaped and drawn, and the dictionary's was a tenth of the PDF's time.
    /// </summary>
    private readonly Face?[][] _bmpFaceOf = [new Face?[char.MaxValue + 1], new Face?[char.MaxValue + 1]];
    private readonly Dictionary<int, string> _substitutes = [];

    /// <summary>
    /// The substitute of each BMP character ('\0' for none), by index: the text of every run drawn is looked up
    /// character by character, and the dictionary's lookups were 2% of the PDF's time in a report with radicals.
    /// Only BMP characters are substituted: a compatibility equivalent of one character is one UTF-16 unit.
    /// </summary>
    private readonly char[] _bmpSubstitute = new char[char.MaxValue + 1];
    private readonly List<Face> _faces = [];

    private FontProvider()
    {
    }

    public IReadOnlyList<Face> Faces => _faces;

    /// <summary>Whether a fallback family had to be opened: the main family lacked a character.</summary>
    internal bool OpenedFallbacks { get; private set; }

    /// <summary>
    /// Looks <paramref name="family"/> up on a pool thread, so that fontconfig reads its configuration and cache
    /// (several milliseconds on first use) while the caller reads the content. Skia keeps the typeface, so the
    /// PDF's own lookup later finds it at once. Any failure is left to that lookup, which reports it.
    /// </summary>
    public static void WarmUp(string family) => ThreadPool.UnsafeQueueUserWorkItem(
        static f =>
        {
            try
            {
                using var typeface = SKFontManager.Default.MatchFamily(f, SKFontStyle.Normal);
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
            {
                // Reported by the PDF writer's own lookup.
            }
        },
        family,
        preferLocal: false);

    /// <param name="family">The main family, e.g. BIZ UDGothic.</param>
    /// <param name="fallbacks">Families tried, in order, for characters the main family lacks.</param>
    /// <param name="regularText">Every character drawn in the regular weight.</param>
    /// <param name="boldText">Every character drawn in bold.</param>
    public static FontProvider Create(string family, IReadOnlyList<string> fallbacks, string regularText, string boldText)
    {
        var provider = new FontProvider();
        provider.Prepare(family, fallbacks, regularText, bold: false);
        provider.Prepare(family, fallbacks, boldText, bold: true);
        return provider;
    }

    /// <summary>The face that draws <paramref name="codepoint"/>; characters not prepared fall back to the first face.</summary>
    public Face FaceFor(int codepoint, bool bold)
    {
        if ((uint)codepoint <= char.MaxValue && _bmpFaceOf[bold ? 1 : 0][codepoint] is { } known)
        {
            return known;
        }

        if (_faceOf[bold ? 1 : 0].TryGetValue(codepoint, out var face))
        {
            return face;
        }

        // A loop, not First(f => …): the lambda's closure was allocated on every call, a million times a large report.
        foreach (var f in _faces)
        {
            if (f.Bold == bold)
            {
                return f;
            }
        }

        throw new InvalidOperationException("No face of this weight was prepared.");
    }

    /// <summary>Whether any character is drawn as another (<see cref="SubstituteFor"/>); most documents have none.</summary>
    public bool HasSubstitutes => _substitutes.Count > 0;

    /// <summary>
    /// What to draw instead of <paramref name="c"/>, or '\0' to draw it as itself: its compatibility
    /// equivalent when the main font lacks it and has that (⽬ KANGXI RADICAL EYE is drawn as 目). The radicals come
    /// from text extracted from PDFs; they look the same, and drawing them from the main font keeps one TrueType font
    /// instead of a Type 3 fallback that poppler cannot read back.
    /// </summary>
    public char SubstituteFor(char c) => _bmpSubstitute[c];

    private void Prepare(string family, IReadOnlyList<string> fallbacks, string text, bool bold)
    {
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        var main = Resolve(family, style) ?? throw Missing(family);
        var candidates = new List<(string Family, SKTypeface Typeface)> { (family, main) };

        // The fallback families are looked up only when the main one lacks a character: opening one maps its file
        // and reads its character map, megabytes for a Japanese font that most documents never draw from.
        var fallbacksResolved = false;
        void ResolveFallbacks()
        {
            if (!fallbacksResolved)
            {
                candidates.AddRange(fallbacks.Select(f => (f, Resolve(f, style))).Where(x => x.Item2 is not null).Select(x => (x.f, x.Item2!)));
                fallbacksResolved = true;
                OpenedFallbacks = true;
            }
        }

        var assigned = new Dictionary<int, SortedSet<int>>();
        var coverage = new GlyphCoverage();
        var codepoints = Codepoints(text).ToHashSet();
        codepoints.Add(' ');
        codepoints.Add('0');
        foreach (var cp in codepoints.Order())
        {
            if (!coverage.Has(main, cp) && char.ConvertFromUtf32(cp).Normalize(System.Text.NormalizationForm.FormKC) is { Length: 1 } compatible
                && coverage.Has(main, compatible[0]))
            {
                _substitutes[cp] = compatible;
                if (cp <= char.MaxValue)
                {
                    _bmpSubstitute[cp] = compatible[0];
                }

                if (!assigned.TryGetValue(0, out var mainSet))
                {
                    assigned[0] = mainSet = [];
                }

                mainSet.Add(compatible[0]);
                continue;
            }

            var index = 0;
            if (!coverage.Has(main, cp))
            {
                ResolveFallbacks();
                index = candidates.FindIndex(c => coverage.Has(c.Typeface, cp));
            }

            // A character no family has, whose canonical equivalent one has (丽 for U+2F800, a compatibility
            // ideograph): drawn from that family, whose subset then keeps the equivalent, and HarfBuzz, which
            // decomposes what a face lacks into what it has, shapes the character as its equivalent.
            if (index < 0 && CanonicalEquivalent(cp) is { } equivalent
                && candidates.FindIndex(c => coverage.Has(c.Typeface, equivalent)) is var holder and >= 0)
            {
                if (!assigned.TryGetValue(holder, out var holderSet))
                {
                    assigned[holder] = holderSet = [];
                }

                holderSet.Add(cp);
                holderSet.Add(equivalent);
                continue;
            }

            if (index < 0)
            {
                var found = SKFontManager.Default.MatchCharacter(family, style, ["ja-JP"], cp);
                if (found is null)
                {
                    index = 0;
                }
                else
                {
                    candidates.Add((found.FamilyName, found));
                    index = candidates.Count - 1;
                }
            }

            if (!assigned.TryGetValue(index, out var set))
            {
                assigned[index] = set = [];
            }

            set.Add(cp);
        }

        foreach (var (index, set) in assigned.OrderBy(a => a.Key))
        {
            var (name, typeface) = candidates[index];
            using var stream = typeface.OpenStream(out var ttcIndex);
            var subset = SubsetOf(stream, ttcIndex, set);
            var face = new Face(name, bold, SKTypeface.FromData(SKData.CreateCopy(subset))
                ?? throw new InvalidOperationException($"The subset of {name} could not be loaded."));
            _faces.Add(face);
            foreach (var cp in index == 0 ? set.Concat(_substitutes.Keys) : set)
            {
                _faceOf[bold ? 1 : 0][cp] = face;
                if (cp <= char.MaxValue)
                {
                    _bmpFaceOf[bold ? 1 : 0][cp] = face;
                }
            }
        }

        coverage.Dispose();
        foreach (var c in candidates)
        {
            c.Typeface.Dispose();
        }
    }

    /// <summary>The one character <paramref name="codepoint"/> is canonically equivalent to, if it is not itself.</summary>
    private static int? CanonicalEquivalent(int codepoint)
    {
        var text = char.ConvertFromUtf32(codepoint);
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC);
        return normalized != text && char.ConvertToUtf32(normalized, 0) is var single && char.ConvertFromUtf32(single) == normalized
            ? single
            : null;
    }

    /// <summary>
    /// Skia memory-maps a font file, so its stream usually has a memory base: HarfBuzz then reads the file in place
    /// instead of a copy of all its megabytes on the managed heap, and only the pages of the glyphs used are touched.
    /// </summary>
    private static unsafe byte[] SubsetOf(SKStreamAsset stream, int faceIndex, IEnumerable<int> codepoints)
    {
        var memory = stream.GetMemoryBase();
        if (memory != IntPtr.Zero)
        {
            return HarfBuzzSubsetter.Subset(new ReadOnlySpan<byte>((void*)memory, stream.Length), faceIndex, codepoints);
        }

        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        return HarfBuzzSubsetter.Subset(bytes, faceIndex, codepoints);
    }

    /// <summary>Answers whether a typeface has a glyph for a character, with one font object per typeface.</summary>
    private sealed class GlyphCoverage : IDisposable
    {
        private readonly Dictionary<SKTypeface, SKFont> _fonts = [];

        public bool Has(SKTypeface typeface, int codepoint)
        {
            if (!_fonts.TryGetValue(typeface, out var font))
            {
                _fonts[typeface] = font = new SKFont(typeface);
            }

            return font.GetGlyph(codepoint) != 0;
        }

        public void Dispose()
        {
            foreach (var font in _fonts.Values)
            {
                font.Dispose();
            }
        }
    }

    /// <summary>
    /// The installed typeface of this family, or null. fontconfig answers every request with some font, so a
    /// substitute is recognised by being the same font it gives for a name that cannot exist. Family names are
    /// not compared directly because fontconfig reports them in the user's language (BIZ UDゴシック under ja_JP).
    /// </summary>
    private static SKTypeface? Resolve(string family, SKFontStyle style)
    {
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        if (typeface is null || string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            return typeface;
        }

        using var substitute = SKFontManager.Default.MatchFamily("ReportGen No Such Font " + Guid.Empty, style);
        if (substitute is not null && string.Equals(substitute.FamilyName, typeface.FamilyName, StringComparison.Ordinal))
        {
            typeface.Dispose();
            return null;
        }

        return typeface;
    }

    internal static FontNotFoundException Missing(string family)
    {
        var hint = Packages.TryGetValue(family, out var package)
            ? $"Debian では「sudo apt-get install {package}」で入ります（./build.sh が入れます）。"
            : "インストールするか、版の設定（editions/*.yaml の fonts）で別のフォントを指定してください。";
        return new FontNotFoundException($"フォント「{family}」が見つかりません。{hint}");
    }

    public static IEnumerable<int> Codepoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(text[i]) && !char.IsControl(text[i]))
            {
                yield return text[i];
            }
        }
    }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }
    }

    public override string ToString() =>
        string.Join(", ", _faces.Select(f => f.Family + (f.Bold ? " Bold" : string.Empty)).Distinct().Select(x => x.ToString(CultureInfo.InvariantCulture)));
}
