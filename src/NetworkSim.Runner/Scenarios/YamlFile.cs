using System.Buffers;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using NetworkSim.Runner.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using Tokens = YamlDotNet.Core.Tokens;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// Reads a scenario file as one YAML document of UTF-8 text. Anything else is one <see cref="ScenarioProblem"/>
/// with the line to look at: YamlDotNet's own messages for the common typos (an unclosed bracket, a tab) point
/// elsewhere or are not messages at all, so those are diagnosed here.
/// </summary>
internal static class YamlFile
{
    public static YamlMappingNode Read(string path, string file)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(path, InputLimit.Yaml);
        }
        catch (InputFileException e)
        {
            throw new ScenarioException(e.Problem);
        }

        var text = Decode(bytes, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // InvalidOperationException: YamlDotNet's scanner fails that way on some unclosed brackets.
            throw new ScenarioException(Diagnose(text, file, e));
        }

        if (stream.Documents.Count > 1)
        {
            throw new ScenarioException(new ScenarioProblem(file, SecondDocumentLine(text), "",
                "a second YAML document starts here. Allowed: one scenario per file (remove the '---' line and what follows, or move it to a file of its own)."));
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode()
            : stream.Documents[0].RootNode as YamlMappingNode
              ?? throw new ScenarioException(new ScenarioProblem(file, 1, "", "a scenario must be a mapping of keys to values (name:, network:, practices:, ...)."));
    }

    /// <summary>UTF-8 (with or without a byte order mark), or UTF-16/32 with one; anything else names the first bad byte.</summary>
    private static string Decode(byte[] bytes, string file)
    {
        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        var body = bytes.AsSpan(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var offset = bytes.Length - body.Length + read;
        var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
        throw new ScenarioException(new ScenarioProblem(file, line, "",
            $"not UTF-8 text: byte 0x{bytes[offset]:X2} at offset {offset} (the file looks saved as Latin-1 or Windows-1252). Allowed: UTF-8; save it as UTF-8."));
    }

    private static ScenarioProblem Diagnose(string text, string file, Exception error)
    {
        // YamlDotNet words it two ways: "found a tab character that violates indentation", "found invalid tab as indentation".
        if (error is YamlException tab && Regex.IsMatch(tab.Message, @"\btab\b"))
        {
            return new ScenarioProblem(file, TabLine(text, (int)tab.Start.Line, (int)tab.End.Line), "", "not valid YAML: a tab is used for indentation. Allowed: spaces only.");
        }

        // Scan the tokens again, keeping the brackets still open: if the text ends (or the scanner gives up) inside
        // one, the bracket that was never closed is the mistake, and its line is the one to show.
        var open = new Stack<(char Bracket, int Line)>();
        var lastLine = 1;
        var ended = false;
        try
        {
            var scanner = new Scanner(new StringReader(text));
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                lastLine = (int)token.End.Line;
                switch (token)
                {
                    case Tokens.FlowSequenceStart:
                        open.Push(('[', (int)token.Start.Line));
                        break;
                    case Tokens.FlowMappingStart:
                        open.Push(('{', (int)token.Start.Line));
                        break;
                    case Tokens.FlowSequenceEnd or Tokens.FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                    case Tokens.StreamEnd:
                        ended = true;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            ended = e is InvalidOperationException;
        }

        if (ended && open.TryPeek(out var unclosed))
        {
            var allowed = unclosed.Bracket == '['
                ? "a list closed on the same line, [a, b], or one '- item' per line"
                : "a mapping closed on the same line, {a: 1, b: 2}, or one 'key: value' per line";
            return new ScenarioProblem(file, unclosed.Line, "", $"not valid YAML: this '{unclosed.Bracket}' is never closed. Allowed: {allowed}.");
        }

        return error is YamlException yaml
            ? new ScenarioProblem(file, (int)yaml.Start.Line, "", $"not valid YAML: {InputText.Clip(yaml.InnerException?.Message ?? yaml.Message)}")
            : new ScenarioProblem(file, lastLine, "", "not valid YAML near this line.");
    }

    /// <summary>
    /// YamlDotNet reports a tab from the start of the scalar before it, or of the whole mapping (line 1); the tab
    /// itself is on a later line: the first line from there whose indentation holds a tab.
    /// </summary>
    private static int TabLine(string text, int from, int to)
    {
        var lines = text.Split('\n');
        for (var line = Math.Max(from, 1); line <= lines.Length; line++)
        {
            var content = lines[line - 1];
            if (content[..(content.Length - content.TrimStart().Length)].Contains('\t'))
            {
                return line;
            }
        }

        return to;
    }

    private static int? SecondDocumentLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var documents = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is DocumentStart && ++documents == 2)
            {
                return (int)parser.Current.Start.Line;
            }
        }

        return null;
    }
}
