using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace NetworkSim.Workshop;

/// <summary>
/// The headers every workshop response carries. The content security policy lets the page run only its own script
/// files (no inline script, no handler attributes, no eval), talk only to its own server, be framed by no other
/// page, and show images only from itself or from data: URLs (the PNG export draws Cytoscape's snapshot from one).
/// The one inline style allowed, by its hash, is the rule Cytoscape inserts for its container
/// (<c>.__________cytoscape_container { position: relative; }</c>, cytoscape 3.34.4); a new Cytoscape that changed
/// it would be refused, and the page test, which fails on any refusal, would say so.
/// </summary>
internal sealed class SecurityHeaders : IStartupFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; " +
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, then) =>
        {
            AddTo(context.Response.Headers);
            return then(context);
        });
        next(app);
    };

    public static void AddTo(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
