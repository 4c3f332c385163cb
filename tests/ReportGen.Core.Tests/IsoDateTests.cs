using System.Globalization;
using ReportGen.Text;

namespace ReportGen.Core.Tests;

/// <summary>
/// <see cref="IsoDate"/> reads exactly what the runtime's <c>yyyy-MM-dd</c> parse with the invariant culture read, so
/// no edition date that was accepted before is refused now, and none that was refused is accepted.
/// </summary>
public class IsoDateTests
{
    [Theory]
    [InlineData("2024-03-12", 2024, 3, 12)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void WellFormedDays_AreRead(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(date, IsoDate.Parse(text));
    }

    [Theory]
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-01")]
    [InlineData("24-01-01")]
    [InlineData(" 2024-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("2024/01/01")]
    [InlineData("２０２４-01-01")] // full-width digits, as an editor's IME may type them
    [InlineData("2024-01-0１")]
    [InlineData("令和6-01-01")]
    [InlineData("")]
    public void AnythingElse_IsRefused(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => IsoDate.Parse(text));
    }

    [Fact]
    public void EveryDayOfFourCenturies_AndRandomStrings_AgreeWithTheRuntime()
    {
        var day = new DateOnly(1900, 1, 1);
        var checkedDays = 0;
        for (; day.Year < 2300; day = day.AddDays(1), checkedDays++)
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(IsoDate.TryParse(text, out var read), text);
            Assert.Equal(day, read);
        }

        Assert.True(checkedDays > 140_000);

        // Strings near the format: the runtime's verdict and ours must be the same for each.
        var random = new Random(20);
        const string alphabet = "0123456789-- /１";
        var refused = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var chars = "2024-02-29".ToCharArray();
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var runtime);
            Assert.True(expected == IsoDate.TryParse(text, out var ours), text);
            Assert.Equal(runtime, ours);
            refused += expected ? 0 : 1;
        }

        Assert.InRange(refused, 1_000, 49_000);
    }
}
