using System.Net;
using System.Text.Json;

namespace NetworkSim.Workshop.Tests;

[Collection(WorkshopCollection.Name)]
public sealed class WorkshopApiTests(WorkshopFixture fixture)
{
    private readonly Api _api = new(fixture.Client);

    [Fact]
    public async Task A_design_starts_at_week_0_with_its_network_and_steps_never_past_its_end()
    {
        var started = await _api.StartedAsync("a", new { weeks = 6 });

        Assert.Equal("workshop-demo.yaml", started.GetProperty("scenario").GetString());
        Assert.Equal(112, started.GetProperty("graph").GetProperty("school").GetArrayLength());
        Assert.Equal(16, started.GetProperty("graph").GetProperty("member").EnumerateArray().Count(m => m.GetBoolean()));
        var frame = started.GetProperty("frame");
        Assert.Equal(0, frame.GetProperty("week").GetInt32());
        Assert.Equal(112, frame.GetProperty("states").GetString()!.Length);
        Assert.Equal(2, frame.GetProperty("states").GetString()!.Count(c => c == 'p')); // Riverside's principal and teacher start
        Assert.Equal(0, frame.GetProperty("ties").GetArrayLength() % 5);

        var step = Assert.Single(await _api.StepAsync(4));
        Assert.Equal(4, step.GetProperty("week").GetInt32());
        Assert.Equal([1, 2, 3, 4], step.GetProperty("curve").EnumerateArray().Select(p => p.GetProperty("week").GetInt32()));

        var end = Assert.Single(await _api.StepAsync(10));
        Assert.Equal(6, end.GetProperty("week").GetInt32());
        Assert.True(end.GetProperty("finished").GetBoolean());
        Assert.Empty(await _api.StepAsync(1));
    }

    [Fact]
    public async Task The_page_offers_the_scenarios_of_the_folder_and_not_its_sweep_files()
    {
        var offered = (await Api.JsonAsync(await fixture.Client.GetAsync("api/scenarios"))).GetProperty("scenarios").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()!).ToArray();

        Assert.Contains("workshop-demo.yaml", offered);
        Assert.Contains("designs/twelve-diverse-one-facilitator.yaml", offered);
        Assert.DoesNotContain(offered, id => id.StartsWith("sweeps/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_sent_as_curl_d_sends_it_with_a_form_content_type_is_read_as_json()
    {
        // curl -d '{...}' without -H says application/x-www-form-urlencoded: the README's script sends its bodies so.
        static StringContent Form(string json) => new(json, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var started = await Api.JsonAsync(await fixture.Client.PutAsync($"api/sessions/{_api.Session}/runs/a", Form("""{"facilitator": false, "weeks": 5}""")));
        Assert.False(started.GetProperty("design").GetProperty("facilitator").GetBoolean());

        var stepped = await Api.JsonAsync(await fixture.Client.PostAsync($"api/sessions/{_api.Session}/step", Form("""{"ticks": 3}""")));
        Assert.Equal(3, Assert.Single(stepped.GetProperty("frames").EnumerateArray()).GetProperty("week").GetInt32());
        var played = await Api.JsonAsync(await fixture.Client.PostAsync($"api/sessions/{_api.Session}/play", Form("""{"speed": 2}""")));
        Assert.Equal(2, played.GetProperty("speed").GetInt32());
        await _api.PostAsync("pause");
    }

    [Fact]
    public async Task Two_identical_designs_on_the_same_seed_run_identically_and_a_facilitator_changes_the_run()
    {
        await _api.StartedAsync("a", new { weeks = 30, facilitator = false });
        await _api.StartedAsync("b", new { weeks = 30, facilitator = false });
        await _api.StartedAsync("c", new { weeks = 30, facilitator = true });

        var frames = await _api.StepAsync(30);

        Assert.Equal(["a", "b", "c"], frames.Select(f => f.GetProperty("slot").GetString()));
        Assert.Equal(frames[0].GetProperty("states").GetString(), frames[1].GetProperty("states").GetString());
        Assert.NotEqual(frames[0].GetProperty("states").GetString(), frames[2].GetProperty("states").GetString());
        var csv = await (await _api.GetAsync("runs/b/timeseries.csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("replicate,tick,practice,adopters,adoption_fraction,adopters_in_network,", csv, StringComparison.Ordinal);
        Assert.Equal(1 + 31, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header and weeks 0 to 30
    }

    [Fact]
    public async Task A_tie_a_facilitator_brokered_comes_with_the_week_it_formed_and_the_others_with_week_0()
    {
        var started = await _api.StartedAsync("a", new { scenario = "district-community-of-practice.yaml", weeks = 20, facilitator = true });
        var firstSeen = new Dictionary<(int, int), int>();
        var brokered = new Dictionary<(int, int), int>();
        void Read(JsonElement frame)
        {
            var ties = frame.GetProperty("ties").EnumerateArray().Select(t => t.GetInt32()).ToArray();
            for (var j = 0; j < ties.Length; j += 5)
            {
                firstSeen.TryAdd((ties[j], ties[j + 1]), frame.GetProperty("week").GetInt32());
                Assert.True(ties[j + 3] is 0 or 1, $"brokered flag {ties[j + 3]}");
                if (ties[j + 3] == 1)
                {
                    brokered[(ties[j], ties[j + 1])] = ties[j + 4];
                }
                else
                {
                    Assert.Equal(0, ties[j + 4]);
                }
            }
        }

        Read(started.GetProperty("frame"));
        for (var week = 1; week <= 20; week++)
        {
            Read(Assert.Single(await _api.StepAsync(1)));
        }

        Assert.NotEmpty(brokered);
        Assert.All(brokered, b => Assert.Equal(firstSeen[b.Key], b.Value)); // sent the week it formed, stamped with that week
    }

    [Fact]
    public async Task An_event_stream_for_an_id_that_is_not_a_session_id_is_refused_with_problem_details_naming_the_field()
    {
        var response = await fixture.Client.GetAsync("api/sessions/bad/events");

        var problem = await Api.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("'bad' is not a session id.", Assert.Single(problem.GetProperty("errors").GetProperty("session").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_stream_for_a_new_tab_when_every_session_is_taken_is_refused_with_503_problem_details()
    {
        // It answered a bare 400 with an empty body, where starting a design in a new tab gets 503 with the reason.
        var opened = new List<(string Id, HttpResponseMessage Stream)>();
        HttpResponseMessage? refused = null;
        try
        {
            for (var i = 0; i <= NetworkSim.Workshop.Sessions.SessionStore.MaxSessions && refused is null; i++)
            {
                var id = Guid.NewGuid().ToString();
                var response = await fixture.Client.GetAsync($"api/sessions/{id}/events", HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    opened.Add((id, response));
                }
                else
                {
                    refused = response;
                }
            }

            Assert.NotNull(refused);
            var problem = await Api.JsonAsync(refused, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            Assert.Equal("Too many sessions.", problem.GetProperty("title").GetString());
        }
        finally
        {
            foreach (var (id, stream) in opened)
            {
                stream.Dispose();
                await fixture.Client.DeleteAsync($"api/sessions/{id}");
            }
        }
    }

    [Fact]
    public async Task Play_when_every_run_is_over_answers_that_nothing_plays()
    {
        await _api.StartedAsync("a", new { weeks = 2 });
        Assert.True(Assert.Single(await _api.StepAsync(2)).GetProperty("finished").GetBoolean());

        var played = await Api.JsonAsync(await _api.PostAsync("play", new { speed = 3 }));

        Assert.False(played.GetProperty("playing").GetBoolean());
        Assert.Equal(3, played.GetProperty("speed").GetInt32());
        Assert.False((await Api.JsonAsync(await _api.GetAsync())).GetProperty("playing").GetBoolean());
    }

    [Fact]
    public async Task The_participants_export_has_the_columns_of_run_agents_with_one_row_per_participant_at_the_current_week()
    {
        await _api.StartedAsync("a", new { weeks = 30 });
        var frame = Assert.Single(await _api.StepAsync(12));

        var response = await _api.GetAsync("runs/a/agents.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Runner.Output.AgentOutputs.AgentsHeader, lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToArray();
        Assert.Equal(Enumerable.Range(0, 112), rows.Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(rows, r => Assert.Equal(["0", "12", "formative-assessment"], [r[0], r[1], r[6]]));
        var states = frame.GetProperty("states").GetString()!;
        Assert.All(rows, r => Assert.Equal(states[int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)] == 'p' ? "1" : "0", r[8]));
        Assert.Equal(16, rows.Count(r => r[5] == "1"));
    }

    [Fact]
    public async Task Play_advances_every_design_and_pause_stops_it_where_it_is()
    {
        await _api.StartedAsync("a", new { });
        using var events = await fixture.Client.GetStreamAsync($"api/sessions/{_api.Session}/events");
        using var reader = new StreamReader(events);

        var playing = await Api.JsonAsync(await _api.PostAsync("play", new { speed = 20 }));
        Assert.True(playing.GetProperty("playing").GetBoolean());
        Assert.Equal(20, playing.GetProperty("speed").GetInt32());
        while (await reader.ReadLineAsync() is { } line && !(line.StartsWith("data: {\"slot\":\"a\",\"week\":3,", StringComparison.Ordinal)))
        {
        }

        var paused = await Api.JsonAsync(await _api.PostAsync("pause"));
        Assert.False(paused.GetProperty("playing").GetBoolean());
        var week = Week(await Api.JsonAsync(await _api.GetAsync()));
        Assert.True(week >= 3, $"week {week}");
        Assert.Equal(week, Week(await Api.JsonAsync(await _api.GetAsync())));
        Assert.Equal(week + 1, Assert.Single(await _api.StepAsync(1)).GetProperty("week").GetInt32());
    }

    [Fact]
    public async Task Reset_starts_a_design_again_at_week_0_on_the_same_draws()
    {
        var first = await _api.StartedAsync("a", new { weeks = 20 });
        var before = (await _api.StepAsync(20))[0].GetProperty("states").GetString();

        var reset = await Api.JsonAsync(await _api.PostAsync("runs/a/reset"));
        Assert.Equal(0, reset.GetProperty("frame").GetProperty("week").GetInt32());
        Assert.Equal(first.GetProperty("frame").GetProperty("states").GetString(), reset.GetProperty("frame").GetProperty("states").GetString());
        Assert.Equal(before, (await _api.StepAsync(20))[0].GetProperty("states").GetString());
    }

    [Fact]
    public async Task Closing_a_design_and_then_the_tab_ends_their_runs()
    {
        var other = new Api(fixture.Client);
        await other.StartedAsync("a", new { weeks = 10 });
        await _api.StartedAsync("a", new { weeks = 10 });
        await _api.StartedAsync("b", new { weeks = 10 });
        var runs = fixture.Server.Load.Runs;

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync("runs/b")).StatusCode);
        Assert.Equal(runs - 1, fixture.Server.Load.Runs);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.PostAsync("close")).StatusCode);
        Assert.Equal(runs - 2, fixture.Server.Load.Runs);

        var gone = await Api.JsonAsync(await _api.PostAsync("step", new { ticks = 1 }), HttpStatusCode.NotFound);
        Assert.Equal($"No session '{_api.Session}': it was closed, or no design was started in it.", gone.GetProperty("detail").GetString());
        Assert.Equal(1, Assert.Single(await other.StepAsync(1)).GetProperty("week").GetInt32()); // the other tab is untouched
        await other.DeleteAsync();
    }

    [Fact]
    public async Task A_session_its_tab_stopped_calling_is_released_after_the_idle_time()
    {
        await using var server = await fixture.StartServerAsync(TimeSpan.FromMilliseconds(300));
        using var client = new HttpClient { BaseAddress = server.Address };
        await new Api(client).StartedAsync("a", new { weeks = 10 });
        Assert.Equal((1, 1), server.Load);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (server.Load.Sessions > 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.Equal((0, 0), server.Load);
    }

    [Theory]
    [InlineData("{\"diversity\":1.5}", "diversity", "1.5 is out of range. Allowed: 0 to 1.")]
    [InlineData("{\"capacity\":\"lots\"}", "capacity", "'lots' is not a number. Allowed: a number")]
    [InlineData("{\"team\":\"squad\"}", "team", "'squad' is not a team. Allowed: lone-teacher, principal-and-teacher, team-of-three.")]
    [InlineData("{\"schools\":1}", "schools", "'1' is not a number of schools the page runs. Allowed: 2 to 200.")]
    [InlineData("{\"schools\":150}", "schools", "2,100 participants are too many for the live page. Allowed: at most 2,000; run larger designs with 'networksim run'.")]
    [InlineData("{\"facilitator\":\"maybe\"}", "facilitator", "'maybe' is not on or off. Allowed: true or false.")]
    [InlineData("{\"scenario\":\"../secret.yaml\"}", "scenario", "'../secret.yaml' is not offered. Allowed: ")]
    [InlineData("{\"diversity\":", "body", "not the JSON expected: ")]
    [InlineData("[{\"diversity\":0.5}]", "body", "an array where one JSON object was expected. Allowed: an object with any of these fields: scenario, seed, weeks, schools, team, facilitator, capacity, diversity, siteVisit.")]
    [InlineData("\"twelve\"", "body", "a string where one JSON object was expected. Allowed: an object with any of these fields: scenario, ")]
    [InlineData("{\"diversity\":0.5,\"diversity\":1.5}", "diversity", "given twice. Allowed: each field once.")]
    [InlineData("{\"Diversity\":0.5,\"diversity\":1.5}", "diversity", "given twice. Allowed: each field once.")]
    [InlineData("{\"diversty\":0.5}", "diversty", "'diversty' is not a field of this request. Allowed: scenario, seed, weeks, schools, team, facilitator, capacity, diversity, siteVisit.")]
    [InlineData("{\"scenario\":5}", "scenario", "'5' is not offered. Allowed: ")]
    public async Task A_refused_design_value_gives_problem_details_naming_its_field(string body, string field, string message)
    {
        var response = await fixture.Client.PutAsync($"api/sessions/{_api.Session}/runs/a", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Api.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(message, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("NetworkSim.", problem.GetRawText(), StringComparison.Ordinal); // no internal type names
        Assert.Equal(0, (await Api.JsonAsync(await fixture.Client.GetAsync("api/status"))).GetProperty("runs").GetInt32() - fixture.Server.Load.Runs);
    }

    [Theory]
    [InlineData("step", "{\"ticks\":0}", "ticks", "'0' is not a number of weeks to step. Allowed: a whole number from 1 to 104.")]
    [InlineData("play", "{\"speed\":99}", "speed", "'99' is not a speed. Allowed: a whole number of weeks per second from 1 to 20.")]
    [InlineData("step", "[1]", "body", "an array where one JSON object was expected. Allowed: an object with any of these fields: ticks.")]
    [InlineData("play", "{\"speed\":4,\"speed\":20}", "speed", "given twice. Allowed: each field once.")]
    public async Task A_refused_step_or_speed_gives_problem_details_naming_its_field(string path, string body, string field, string message)
    {
        await _api.StartedAsync("a", new { weeks = 5 });

        var response = await fixture.Client.PostAsync($"api/sessions/{_api.Session}/{path}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Api.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        // A refused step or speed started nothing and left the runs where they were: the title says what is true of every refusal.
        Assert.Equal("One value was refused; nothing was changed.", problem.GetProperty("title").GetString());
        Assert.Equal(0, Week(await Api.JsonAsync(await _api.GetAsync())));
    }

    private static int Week(JsonElement session) => session.GetProperty("runs")[0].GetProperty("week").GetInt32();
}
