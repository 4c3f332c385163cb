namespace ReportGen.Output;

/// <summary>
/// Writes one output format of a source into a folder: an edition for <c>reportgen build</c> (the PDF, the site), a
/// 新旧対照表 for <c>reportgen diff</c> (Markdown, HTML, PDF). A command runs all its writers into one staging folder
/// with <see cref="OutputRun"/> and switches the folder in only when every writer succeeded, so a new format is one
/// writer class and one line in the command's list of writers.
/// </summary>
/// <typeparam name="TSource">What is rendered, built once and shared by the writers.</typeparam>
public interface IOutputWriter<in TSource>
{
    /// <summary>What the writer produces, for messages (e.g. "Markdown summary").</summary>
    string Description { get; }

    /// <summary>
    /// The top-level names (files or folders) <see cref="Write"/> creates, known before anything is written so that a
    /// command can check the output folder first and other writers can wait for them (<see cref="OutputFolder.WhenWritten"/>).
    /// </summary>
    IReadOnlyList<string> Names(TSource source);

    /// <summary>Writes into <paramref name="folder"/>, which exists; returns what was written, one entry per name.</summary>
    IReadOnlyList<WrittenOutput> Write(TSource source, OutputFolder folder);
}
