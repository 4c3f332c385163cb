using System.Text;

namespace ReportGen.Cli.Tests.Workflows;

/// <summary>
/// Splits a step's shell script into simple commands (words, quotes removed) at newlines, <c>&amp;&amp;</c>, <c>||</c>,
/// <c>;</c> and <c>|</c>, and drops redirections. Enough for the plain scripts a workflow step holds; a construct it
/// does not know (a loop, a function) comes out as words that name no command, so a test fails rather than skip it.
/// </summary>
public static class ShellCommands
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add(DropRedirections(words));
                words = [];
            }
        }

        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    inWord = true;
                    break;
                case '\\' when i + 1 < script.Length && script[i + 1] == '\n':
                    i++;
                    break;
                case ' ' or '\t':
                    EndWord();
                    break;
                case '\n' or ';' or '|' or '&':
                    EndCommand();
                    if (i + 1 < script.Length && (c is '|' or '&') && script[i + 1] == c)
                    {
                        i++;
                    }

                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        EndCommand();
        return commands;
    }

    private static List<string> DropRedirections(List<string> words)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is ">" or ">>" or "<" or "2>")
            {
                i++;
                continue;
            }

            kept.Add(words[i]);
        }

        return kept;
    }
}
