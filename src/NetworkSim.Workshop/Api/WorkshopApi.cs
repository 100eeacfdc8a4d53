using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NetworkSim.Runner.Scenarios;
using NetworkSim.Workshop.Designs;
using NetworkSim.Workshop.Sessions;

namespace NetworkSim.Workshop.Api;

/// <summary>
/// The page's HTTP API, per tab session: start a design in a slot, step, play, pause, reset, close; events as
/// server-sent events; a run's weeks and its participants as CSV. Refused values come back as problem details naming the field.
/// </summary>
internal static class WorkshopApi
{
    public const int MaxStep = 104;

    public static void Map(IEndpointRouteBuilder app, SessionStore sessions, ScenarioCatalog catalog, IGrainFactory grains)
    {
        app.MapGet("/api/scenarios", () => Results.Ok(new { defaultId = catalog.DefaultId, scenarios = catalog.Describe() }));
        app.MapGet("/api/status", () => Results.Ok(new { sessions = sessions.Count, runs = sessions.RunCount }));

        var session = app.MapGroup("/api/sessions/{id}");

        session.MapPut("/runs/{slot}", async (string id, string slot, HttpRequest request) =>
        {
            if (Check(id, slot) is { } bad)
            {
                return bad;
            }

            var (design, error) = await RequestBody<DesignRequest>.ReadAsync(request, new DesignRequest());
            if (error is not null)
            {
                return error;
            }

            var scenarioId = design!.Scenario is null or { ValueKind: JsonValueKind.Null } ? catalog.DefaultId
                : design.Scenario is { ValueKind: JsonValueKind.String } named ? named.GetString() : null;
            if (scenarioId is null || catalog.PathOf(scenarioId) is not { } path)
            {
                return Problems.Refused("scenario", $"'{Raw(design.Scenario)}' is not offered. Allowed: {string.Join(", ", catalog.Ids)}.");
            }

            // Controls of the wrong kind and values the scenario reader refuses are reported together.
            Model.Scenarios.Scenario? scenario = null;
            var problems = new List<ScenarioProblem>();
            try
            {
                var overrides = DesignOverrides.For(design, ScenarioReader.Load(path), problems);
                scenario = ScenarioReader.Load(path, overrides, null);
            }
            catch (ScenarioException e)
            {
                problems.AddRange(e.Problems);
            }

            if (problems.Count > 0 || scenario is null)
            {
                return Problems.Refused(problems);
            }

            if (scenario.Network.ParticipantCount > ScenarioCatalog.MaxParticipants)
            {
                return Problems.Refused(design.Schools is null ? "scenario" : DesignOverrides.Schools, ScenarioCatalog.TooLarge(scenario.Network.ParticipantCount));
            }

            if (sessions.Open(id) is not { } tab)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many sessions.",
                    detail: $"{SessionStore.MaxSessions} tabs already have runs; close one (or wait {sessions.IdleTimeout.TotalSeconds:N0} s after a tab closes).");
            }

            if (tab.Run(slot) is null && tab.RunCount >= SessionStore.MaxRunsPerSession)
            {
                return Problems.Refused("slot", $"'{slot}' would be design {tab.RunCount + 1}. Allowed: at most {SessionStore.MaxRunsPerSession} designs per tab.");
            }

            return Results.Ok(await tab.StartAsync(new LiveRun(grains, slot, scenarioId, scenario)));
        });

        session.MapPost("/runs/{slot}/reset", async (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id) is { } tab && await tab.ResetAsync(slot) is { } started ? Results.Ok(started) : NoRun(id, slot)));

        session.MapDelete("/runs/{slot}", async (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id) is { } tab && await tab.CloseRunAsync(slot) ? Results.NoContent() : NoRun(id, slot)));

        session.MapGet("/runs/{slot}/timeseries.csv", (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id)?.Run(slot) is { } run
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(run.TimeseriesCsv()), "text/csv", $"{run.Scenario.Name}-{slot}-timeseries.csv")
                : NoRun(id, slot)));

        session.MapGet("/runs/{slot}/agents.csv", (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id)?.Run(slot) is { } run
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(run.AgentsCsv()), "text/csv", $"{run.Scenario.Name}-{slot}-agents-week{run.Week}.csv")
                : NoRun(id, slot)));

        session.MapPost("/step", async (string id, HttpRequest request) =>
        {
            var (step, error) = await RequestBody<StepRequest>.ReadAsync(request, new StepRequest());
            if ((Check(id) ?? error) is { } bad)
            {
                return bad;
            }

            if (!Whole(step!.Ticks, 1, 1, MaxStep, out var ticks))
            {
                return Problems.Refused("ticks", $"'{Raw(step.Ticks)}' is not a number of weeks to step. Allowed: a whole number from 1 to {MaxStep}.");
            }

            if (sessions.Find(id) is not { } tab)
            {
                return NoSession(id);
            }

            await tab.PauseAsync();
            return Results.Ok(new { frames = await tab.StepAsync(ticks), state = tab.State });
        });

        session.MapPost("/play", async (string id, HttpRequest request) =>
        {
            var (play, error) = await RequestBody<PlayRequest>.ReadAsync(request, new PlayRequest());
            if ((Check(id) ?? error) is { } bad)
            {
                return bad;
            }

            if (sessions.Find(id) is not { } tab)
            {
                return NoSession(id);
            }

            if (!Whole(play!.Speed, tab.Speed, WorkshopSession.MinSpeed, WorkshopSession.MaxSpeed, out var speed))
            {
                return Problems.Refused("speed", $"'{Raw(play.Speed)}' is not a speed. Allowed: a whole number of weeks per second from {WorkshopSession.MinSpeed} to {WorkshopSession.MaxSpeed}.");
            }

            return Results.Ok(tab.Play(speed));
        });

        session.MapPost("/pause", async (string id) =>
            Check(id) ?? (sessions.Find(id) is { } tab ? Results.Ok(await tab.PauseAsync()) : NoSession(id)));

        session.MapGet("", (string id) => Check(id) ?? (sessions.Find(id) is { } tab ? Results.Ok(tab.Describe()) : NoSession(id)));

        session.MapPost("/heartbeat", (string id) =>
            Check(id) ?? (sessions.Find(id) is not null ? Results.NoContent() : NoSession(id)));

        // The page calls this with navigator.sendBeacon (a POST) when its tab closes; DELETE does the same.
        session.MapPost("/close", async (string id) => Check(id) ?? (await sessions.CloseAsync(id) ? Results.NoContent() : NoSession(id)));
        session.MapDelete("", async (string id) => Check(id) ?? (await sessions.CloseAsync(id) ? Results.NoContent() : NoSession(id)));

        session.MapGet("/events", async (string id, HttpContext context) =>
        {
            if (Check(id) is { } bad || sessions.Open(id) is not { } tab)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var reader = tab.Listen(out var stop);
            try
            {
                await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync(message, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The tab went away.
            }
            finally
            {
                stop();
            }
        });
    }

    private static IResult? Check(string id, string? slot = null) =>
        !SessionStore.IsValidId(id) ? Problems.Refused("session", $"'{id}' is not a session id. Allowed: 8 to 64 letters, digits or dashes.")
        : slot is not null && !SessionStore.IsValidSlot(slot) ? Problems.Refused("slot", $"'{slot}' is not a slot. Allowed: 1 to 8 lower-case letters or digits, e.g. a or b.")
        : null;

    private static IResult NoSession(string id) => Problems.NotFound($"No session '{id}': it was closed, or no design was started in it.");

    private static IResult NoRun(string id, string slot) => Problems.NotFound($"No design in slot '{slot}' of session '{id}'.");

    /// <summary>A value as sent (a string without its quotes), cut to its first 200 characters.</summary>
    private static string Raw(JsonElement? value)
    {
        var text = value is { ValueKind: JsonValueKind.String } s ? s.GetString()! : value?.GetRawText() ?? "";
        return text.Length <= 200 ? text : text[..200] + "...";
    }

    private static bool Whole(JsonElement? value, int fallback, int min, int max, out int result)
    {
        result = fallback;
        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return true;
        }

        var text = Raw(value);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
    }
}
