using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NetworkSim.Workshop.Api;

/// <summary>
/// Reads a request's JSON body into <typeparamref name="T"/> (a record whose every value is optional) or says, as
/// problem details in the page's words, what is wrong with it: not JSON, not one object, a field it does not know,
/// or a field given twice (the last one would silently win). Never a .NET type name.
/// </summary>
internal static class RequestBody<T>
    where T : class
{
    /// <summary>The fields a body may hold, as the page spells them (camelCase).</summary>
    public static readonly IReadOnlyList<string> Fields =
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    /// <summary>The longest piece of a request quoted back in an error.</summary>
    private const int MaxQuoted = 200;

    // Duplicates are found below, whatever their case, to name the field; JsonDocumentOptions.AllowDuplicateProperties
    // would refuse only exact ones, with a message about the reader. Every field takes a single value, so nothing nested counts.
    private static readonly JsonDocumentOptions Document = new() { MaxDepth = 16 };

    /// <summary>The body, <paramref name="empty"/> when there is none, or the problem with it.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync(HttpRequest request, T empty)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType()))
        {
            return (empty, null);
        }

        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(request.Body, Document, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (default, Problems.Refused("body", $"not the JSON expected: {e.Message.ReplaceLineEndings(" ")}"));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (default, Problems.Refused("body", $"{Kind(root.ValueKind)} where one JSON object was expected. Allowed: an object with any of these fields: {string.Join(", ", Fields)}."));
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in root.EnumerateObject())
            {
                // Names bind whatever their case (the web defaults), so "Diversity" and "diversity" are the same field.
                var field = Fields.FirstOrDefault(f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
                if (field is null)
                {
                    var name = property.Name.Length <= MaxQuoted ? property.Name : property.Name[..MaxQuoted] + "...";
                    return (default, Problems.Refused(name, $"'{name}' is not a field of this request. Allowed: {string.Join(", ", Fields)}."));
                }

                if (!seen.Add(field))
                {
                    return (default, Problems.Refused(field, "given twice. Allowed: each field once."));
                }
            }

            // Every field is a JsonElement (checked by the endpoint), so an object of known fields always converts.
            return (root.Deserialize<T>(WorkshopJson.Options) ?? empty, null);
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
