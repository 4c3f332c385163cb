using ReportGen.Output;

namespace ReportGen.Tests.Output;

/// <summary>
/// Writers run into one folder: results in the writers' order, a writer can wait for another's file, and every writer
/// has finished before the run returns or throws, so the folder is never switched in or removed while one still writes.
/// </summary>
public sealed class OutputRunTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reportgen-output-run-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Writes <c>name</c> after <c>delay</c>, optionally copying a file another writer writes.</summary>
    private sealed class FileWriter(string name, int delay = 0, string? copies = null, Exception? fails = null) : IOutputWriter<string>
    {
        public bool Finished { get; private set; }

        public string Description => name;

        public IReadOnlyList<string> Names(string source) => [name];

        public IReadOnlyList<WrittenOutput> Write(string source, OutputFolder folder)
        {
            Thread.Sleep(delay);
            try
            {
                if (fails is not null)
                {
                    throw fails;
                }

                var text = source;
                if (copies is not null)
                {
                    folder.WhenWritten(copies).GetAwaiter().GetResult();
                    text = folder.IsWrittenByRun(copies) ? File.ReadAllText(folder.Combine(copies)) : "none";
                }

                File.WriteAllText(folder.Combine(name), text);
                return [new WrittenOutput(name, Details: text)];
            }
            finally
            {
                Finished = true;
            }
        }
    }

    [Fact]
    public void Results_FollowTheWritersOrder_AndAWriterReadsWhatAnotherWrote()
    {
        var writers = new[] { new FileWriter("a.pdf", delay: 200), new FileWriter("site", copies: "a.pdf") };

        var results = OutputRun.WriteAll("PDF", writers, _folder.FullName, concurrent: true);

        Assert.Equal(["a.pdf", "site"], results.Select(r => r.Output.Name));
        Assert.Equal("PDF", File.ReadAllText(Path.Combine(_folder.FullName, "site")));
    }

    [Fact]
    public void AFileNoWriterOfTheRunWrites_IsNotWaitedFor()
    {
        var results = OutputRun.WriteAll("x", [new FileWriter("site", copies: "a.pdf")], _folder.FullName, concurrent: true);

        Assert.Equal("none", Assert.Single(results).Output.Details);
    }

    [Fact]
    public void AFailureOfTheLastWriter_IsThrown_OnlyAfterTheOthersFinished()
    {
        var slow = new FileWriter("a.pdf", delay: 300);
        var failing = new FileWriter("site", fails: new InvalidDataException("template"));

        var thrown = Assert.Throws<InvalidDataException>(() => OutputRun.WriteAll("x", [slow, failing], _folder.FullName, concurrent: true));

        Assert.Equal("template", thrown.Message);
        Assert.True(slow.Finished);
    }

    [Fact]
    public void AFailureOfAnEarlierWriter_ReachesTheWriterWaitingForIt_AndTheCaller()
    {
        var failing = new FileWriter("a.pdf", delay: 100, fails: new FileNotFoundException("font"));
        var waiting = new FileWriter("site", copies: "a.pdf");

        var thrown = Assert.Throws<FileNotFoundException>(() => OutputRun.WriteAll("x", [failing, waiting], _folder.FullName, concurrent: true));

        Assert.Equal("font", thrown.Message);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "site")));
    }

    [Fact]
    public void WithoutConcurrency_WritersRunOneAfterAnother_AndStopAtTheFirstFailure()
    {
        var failing = new FileWriter("diff.md", fails: new IOException("disk"));
        var next = new FileWriter("diff.html");

        Assert.Throws<IOException>(() => OutputRun.WriteAll("x", [failing, next], _folder.FullName, concurrent: false));

        Assert.False(next.Finished);
    }
}
