using System.CommandLine;
using System.Runtime.InteropServices;
using ReportGen.Cli.Preview;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen serve [--port N]</c>: a live preview of the site on 127.0.0.1 until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port") { Description = "ポート番号（既定: 8080）", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "サイトをこのコンピュータだけで表示し、content/ や templates/ を保存するたびに作り直してブラウザを更新する。") { content, templates, port };
        command.SetAction(parse =>
        {
            using var stop = new ManualResetEventSlim();

            // Ctrl+C, a terminal closing and a service manager's stop all end the server the same way, so that its
            // temporary folder is removed (Dispose) instead of being left behind.
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Set();
            }

            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
            using var server = new PreviewServer(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(port), stderr);
            try
            {
                server.Start();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"reportgen: ポート {parse.GetValue(port)} を使えません（{e.Message}）。--port で別の番号を指定してください。");
                return ExitCodes.Problems;
            }

            stdout.WriteLine($"http://127.0.0.1:{server.Port}/ で表示しています。終了は Ctrl+C。");
            stdout.Flush();
            stop.Wait();
            stdout.WriteLine("reportgen serve: 終了しました。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
