using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using NetworkSim.Runner.Files;

namespace NetworkSim.Runner.Scenarios;

/// <summary>
/// The value of a <c>--set</c>: one scalar or a flat list of scalars (<c>[4,8]</c>). Read event by event so that
/// anchors, aliases, tags, documents and nested collections are refused before anything is built or expanded.
/// </summary>
internal static class OverrideValue
{
    /// <summary>
    /// Long enough for a list of a few thousand names (the workshop page sets up to 200 schools by name), short
    /// enough that a value is never a way to feed the parser megabytes.
    /// </summary>
    public const int MaxLength = 65_536;

    private const string Allowed = "Allowed: a single value or a list of values, e.g. [4,8].";

    /// <summary>The value as a node, or null with <paramref name="error"/> saying why not.</summary>
    public static YamlNode? Parse(string text, out string? error)
    {
        error = null;
        if (text.Length > MaxLength)
        {
            error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the value is {text.Length:N0} characters long. Allowed: at most {MaxLength:N0}.");
            return null;
        }

        YamlNode? value = null;
        YamlSequenceNode? list = null;
        var documents = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var refusal = parser.Current switch
                {
                    AnchorAlias => "aliases (*name) are not allowed.",
                    NodeEvent { Anchor.IsEmpty: false } => "anchors (&name) are not allowed.",
                    NodeEvent { Tag.IsNonSpecific: false, Tag.IsEmpty: false } => "tags (!name) are not allowed.",
                    DocumentStart { IsImplicit: false } or DocumentEnd { IsImplicit: false } => "document markers (--- or ...) are not allowed.",
                    DocumentStart when ++documents > 1 => "document markers (--- or ...) are not allowed.",
                    MappingStart => "a mapping is not allowed.",
                    SequenceStart when list is not null => "a list inside a list is not allowed.",
                    SequenceStart { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow } => "a list written one '- item' per line is not allowed.",
                    _ => null,
                };
                if (refusal is not null)
                {
                    error = $"{InputText.Quote(text)}: {refusal} {Allowed}";
                    if (parser.Current is MappingStart)
                    {
                        error = error[..^1] + "; set each key on its own (--set section.key=value).";
                    }

                    return null;
                }

                switch (parser.Current)
                {
                    case SequenceStart:
                        list = new YamlSequenceNode();
                        value = list;
                        break;
                    case Scalar scalar when list is not null:
                        list.Add(new YamlScalarNode(scalar.Value));
                        break;
                    case Scalar scalar:
                        value = new YamlScalarNode(scalar.Value);
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            error = $"{InputText.Quote(text)} is not a valid value: {e.Message}";
            return null;
        }

        return value ?? new YamlScalarNode("");
    }
}
