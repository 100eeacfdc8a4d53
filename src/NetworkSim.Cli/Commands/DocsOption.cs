using NetworkSim.Runner.Files;
using NetworkSim.Runner.Scenarios;

namespace NetworkSim.Cli.Commands;

/// <summary>
/// The Markdown file a command writes a generated table into (<c>--docs</c>, e.g. docs/model.md): read before anything
/// runs, so that a file that cannot be read stops the command at once, naming the option.
/// </summary>
internal static class DocsOption
{
    public static string Read(string path)
    {
        try
        {
            return InputFile.ReadAllText(path, InputLimit.Yaml with { What = "a Markdown file" }).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (InputFileException e)
        {
            throw new ScenarioException(e.Problem with { File = "--docs " + path });
        }
    }
}
