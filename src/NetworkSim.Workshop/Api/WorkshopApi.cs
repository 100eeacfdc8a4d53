using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
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
        app.MapGet("/api/scenarios", () => TypedResults.Ok(new ScenarioList(catalog.DefaultId, catalog.Describe())))
            .Describe("ListScenarios", "The scenarios the page offers", "Each with the values the page's controls start from, and why it cannot run live (refused) or null.");
        app.MapGet("/api/status", () => TypedResults.Ok(new ServerStatus(sessions.Count, sessions.RunCount)))
            .Describe("GetStatus", "Sessions open and the runs they hold", "");

        var session = app.MapGroup("/api/sessions/{id}").WithTags("sessions");

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
                return TooManySessions(sessions);
            }

            if (tab.Run(slot) is null && tab.RunCount >= SessionStore.MaxRunsPerSession)
            {
                return Problems.Refused("slot", $"'{slot}' would be design {tab.RunCount + 1}. Allowed: at most {SessionStore.MaxRunsPerSession} designs per tab.");
            }

            return Results.Ok(await tab.StartAsync(new LiveRun(grains, slot, scenarioId, scenario)));
        })
            .Describe("StartDesign", "Start a design in a slot", "Ends whatever ran in the slot before; returns the run at week 0. Every field of the design is optional (absent, null or empty: as in the scenario).")
            .Body<DesignRequest>().Produces<RunStarted>().Refusals(notFound: false, busy: true);

        session.MapPost("/runs/{slot}/reset", async (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id) is { } tab && await tab.ResetAsync(slot) is { } started ? Results.Ok(started) : NoRun(id, slot)))
            .Describe("ResetDesign", "Start the slot's design again from week 0", "On the same seed.").Produces<RunStarted>().Refusals();

        session.MapDelete("/runs/{slot}", async (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id) is { } tab && await tab.CloseRunAsync(slot) ? Results.NoContent() : NoRun(id, slot)))
            .Describe("CloseDesign", "End the slot's run", "").Produces(StatusCodes.Status204NoContent).Refusals();

        session.MapGet("/runs/{slot}/timeseries.csv", (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id)?.Run(slot) is { } run
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(run.TimeseriesCsv()), "text/csv", $"{run.Scenario.Name}-{slot}-timeseries.csv")
                : NoRun(id, slot)))
            .Describe("GetTimeseries", "The run's weeks so far as CSV", "One row per week (week 0 included), the columns of 'networksim run'.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Refusals();

        session.MapGet("/runs/{slot}/agents.csv", (string id, string slot) =>
            Check(id, slot) ?? (sessions.Find(id)?.Run(slot) is { } run
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(run.AgentsCsv()), "text/csv", $"{run.Scenario.Name}-{slot}-agents-week{run.Week}.csv")
                : NoRun(id, slot)))
            .Describe("GetAgents", "Every participant at the run's current week as CSV", "The columns of 'run --agents'.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Refusals();

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
            return Results.Ok(new StepResult(await tab.StepAsync(ticks), tab.State));
        })
            .Describe("Step", "Pause, then step every run not over", $"By ticks weeks (1 to {MaxStep}, default 1), never past a run's end.")
            .Body<StepRequest>().Produces<StepResult>().Refusals();

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
        })
            .Describe("Play", "Step a week at a time until paused or every run is over", $"At speed weeks a second ({WorkshopSession.MinSpeed} to {WorkshopSession.MaxSpeed}; default the session's); while playing, changes the speed.")
            .Body<PlayRequest>().Produces<PlayState>().Refusals();

        session.MapPost("/pause", async (string id) =>
            Check(id) ?? (sessions.Find(id) is { } tab ? Results.Ok(await tab.PauseAsync()) : NoSession(id)))
            .Describe("Pause", "Stop playing", "Returns once the loop has stopped.").Produces<PlayState>().Refusals();

        session.MapGet("", (string id) => Check(id) ?? (sessions.Find(id) is { } tab ? Results.Ok(tab.Describe()) : NoSession(id)))
            .Describe("GetSession", "Where the session stands", "Whether it plays, how fast, and each run's week in slot order.").Produces<SessionDescription>().Refusals();

        session.MapPost("/heartbeat", (string id) =>
            Check(id) ?? (sessions.Find(id) is not null ? Results.NoContent() : NoSession(id)))
            .Describe("Heartbeat", "The session is still wanted", "A session unseen for 60 s is closed.").Produces(StatusCodes.Status204NoContent).Refusals();

        // The page calls this with navigator.sendBeacon (a POST) when its tab closes; DELETE does the same.
        session.MapPost("/close", async (string id) => Check(id) ?? (await sessions.CloseAsync(id) ? Results.NoContent() : NoSession(id)))
            .Describe("CloseSessionByBeacon", "Close the session and end its runs", "What the page sends with navigator.sendBeacon when its tab closes.").Produces(StatusCodes.Status204NoContent).Refusals();
        session.MapDelete("", async (string id) => Check(id) ?? (await sessions.CloseAsync(id) ? Results.NoContent() : NoSession(id)))
            .Describe("CloseSession", "Close the session and end its runs", "").Produces(StatusCodes.Status204NoContent).Refusals();

        session.MapGet("/events", async (string id, HttpContext context) =>
        {
            if (Check(id) is { } bad)
            {
                await bad.ExecuteAsync(context);
                return;
            }

            if (sessions.Open(id) is not { } tab)
            {
                await TooManySessions(sessions).ExecuteAsync(context);
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
        })
            .Describe("Events", "The session's events as server-sent events", "A state event at once, then start, frame, state, closed and, when the session closes, ended. Opening it makes the session if it is new. An invalid id gets 400 with problem details; a new one when every session is taken, 503 with problem details.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream").ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>An operation's id, summary and description in the OpenAPI document (served at /openapi/v1.json).</summary>
    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder route, string name, string summary, string description) =>
        description.Length == 0 ? route.WithName(name).WithSummary(summary) : route.WithName(name).WithSummary(summary).WithDescription(description);

    /// <summary>
    /// The route's JSON body in the OpenAPI document. Not <c>Accepts</c>, which would also make routing refuse (415)
    /// a body without a JSON content type, as <c>curl -d</c> sends it (<see cref="RequestBody{T}"/> reads any).
    /// </summary>
    private static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer(async (operation, context, cancellation) =>
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = false,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellation) } },
            });

    /// <summary>The refusals a session's route may answer with: a refused value (400), and no such session or run (404).</summary>
    private static RouteHandlerBuilder Refusals(this RouteHandlerBuilder route, bool notFound = true, bool busy = false)
    {
        route.ProducesValidationProblem();
        if (notFound)
        {
            route.ProducesProblem(StatusCodes.Status404NotFound);
        }

        return busy ? route.ProducesProblem(StatusCodes.Status503ServiceUnavailable) : route;
    }

    private static IResult? Check(string id, string? slot = null) =>
        !SessionStore.IsValidId(id) ? Problems.Refused("session", $"'{id}' is not a session id. Allowed: 8 to 64 letters, digits or dashes.")
        : slot is not null && !SessionStore.IsValidSlot(slot) ? Problems.Refused("slot", $"'{slot}' is not a slot. Allowed: 1 to 8 lower-case letters or digits, e.g. a or b.")
        : null;

    /// <summary>No room for another tab's session: the same answer whether the tab starts a design or opens its event stream.</summary>
    private static IResult TooManySessions(SessionStore sessions) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many sessions.",
            detail: $"{SessionStore.MaxSessions} tabs already have sessions; close one (or wait {sessions.IdleTimeout.TotalSeconds:N0} s after a tab closes).");

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
