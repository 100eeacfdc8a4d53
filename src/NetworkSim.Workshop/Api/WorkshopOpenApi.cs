using Microsoft.AspNetCore.OpenApi;

namespace NetworkSim.Workshop.Api;

/// <summary>
/// The workshop API's OpenAPI document (OpenAPI 3.1, ASP.NET Core's generator), served by the app at
/// <see cref="Route"/> with <c>v1</c> as the document's name: every route of <see cref="WorkshopApi"/> with its
/// summary, body and responses. docs/workshop-api.md says the same in prose, with limits and a worked example.
/// </summary>
internal static class WorkshopOpenApi
{
    public const string Route = "/openapi/{documentName}.json";

    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NetworkSim workshop API";
            document.Info.Version = "v1";
            document.Info.Description = "The live page's API on loopback: start designs in a tab session's slots, step or play them, read their frames, "
                + "weeks and participants. Sessions are named by the client (8 to 64 letters, digits or dashes) and end when unseen for 60 s. "
                + "Refusals are RFC 9457 problem details whose errors name the field. See docs/workshop-api.md.";
            return Task.CompletedTask;
        });
}
