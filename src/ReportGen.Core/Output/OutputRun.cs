using System.Diagnostics;

namespace ReportGen.Output;

/// <summary>
/// Runs a command's writers into one folder. The last writer runs on the calling thread; with
/// <c>concurrent</c>, the others run beside it (the build renders its PDF while the site is written). Every writer has
/// finished, one way or the other, before <see cref="WriteAll{TSource}"/> returns or throws, so the folder can then be
/// switched in or given up as a whole.
/// </summary>
public static class OutputRun
{
    /// <summary>What one writer wrote and how long after the start of the run it finished.</summary>
    public sealed record Result(WrittenOutput Output, TimeSpan Finished);

    /// <summary>
    /// Writes <paramref name="source"/> with every writer into <paramref name="folder"/>; returns what they wrote, in the
    /// writers' order. A failure of the last writer is thrown first, then those of the others in order.
    /// </summary>
    public static IReadOnlyList<Result> WriteAll<TSource>(TSource source, IReadOnlyList<IOutputWriter<TSource>> writers, string folder, bool concurrent, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(writers);
        var watch = Stopwatch.StartNew();
        var done = writers.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var pending = new Dictionary<string, Task>(StringComparer.Ordinal);
        for (var i = 0; i < writers.Count; i++)
        {
            foreach (var name in writers[i].Names(source))
            {
                pending[name] = done[i].Task;
            }
        }

        var output = new OutputFolder(folder, pending, previous);
        var results = new (IReadOnlyList<WrittenOutput> Written, TimeSpan Finished)[writers.Count];

        void Run(int i)
        {
            try
            {
                results[i] = (writers[i].Write(source, output), watch.Elapsed);
                done[i].SetResult();
            }
            catch (Exception e)
            {
                done[i].SetException(e);
                throw;
            }
        }

        var background = new List<Task>();
        try
        {
            for (var i = 0; i < writers.Count - 1; i++)
            {
                var index = i;
                if (concurrent)
                {
                    background.Add(Task.Run(() => Run(index)));
                }
                else
                {
                    Run(index);
                }
            }

            if (writers.Count > 0)
            {
                Run(writers.Count - 1);
            }

            foreach (var task in background)
            {
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // However the run ended, no writer is still writing into the folder when it is switched in or removed.
            Task.WhenAll(background).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }

        return [.. results.SelectMany(r => r.Written.Select(w => new Result(w, r.Finished)))];
    }
}
