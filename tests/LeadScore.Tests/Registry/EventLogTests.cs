using System.Text.Json.Nodes;
using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

/// <summary>
/// The event log never loses history silently: only a last line without its newline (a write cut short) is not an
/// event; any other line that is not one refuses every registry command, naming the file and the line, and makes
/// verify fail. A healthy log reads as before.
/// </summary>
public class EventLogTests
{
    // A registry with four events: v1 and v2 registered, v1 champion, v2 challenger.
    private static (TempFolder Folder, string Path, string Log) Registry()
    {
        var folder = new TempFolder();
        var (path, registry) = SomeVersions.TwoVersions(folder);
        registry.Promote("v2", ModelStatus.Challenger, "ana", null, null, false);
        return (folder, path, Path.Combine(path, "events.jsonl"));
    }

    private static CliRun Command(string path, params string[] args) => CliRun.Of(["registry", .. args, "--registry", path]);

    private static void AssertEveryCommandRefuses(string path, string expected)
    {
        foreach (var args in new[] { new[] { "list" }, ["history"], ["show", "v1"], ["live-at", "2030-01-01"], ["promote", "v2"], ["rollback", "--reason", "x"],
                     ["archive", "v2"], ["sign-off", "v1", "--role", "business", "--by", "bo"] })
        {
            var run = Command(path, args);
            Assert.True(run.ExitCode == 1, $"{args[0]}: exit {run.ExitCode}: {run.Out}{run.Err}");
            Assert.Single(run.ErrLines);
            Assert.Contains(expected, run.Err);
            Assert.Contains("restore events.jsonl from a backup", run.Err);
        }
        var verify = Command(path, "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("PROBLEM: ", verify.Out);
        Assert.Contains(expected, verify.Out);
        Assert.Contains("NOT VALID", verify.Out);
    }

    [Fact]
    public void A_healthy_log_reads_as_before_and_verifies()
    {
        var (folder, path, _) = Registry();
        using var _f = folder;
        var state = ModelRegistry.Open(path).State();
        Assert.Equal(4, state.Events.Count);
        Assert.Equal("v1", state.Champion);
        var verify = Command(path, "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("valid: 4 events, 2 versions, champion v1", verify.Out);
    }

    [Fact]
    public void A_corrupt_line_in_the_middle_refuses_every_command_naming_the_file_and_line()
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        var lines = File.ReadAllLines(log);
        lines[1] = lines[1][..20] + "#garbage" + lines[1][20..];
        File.WriteAllText(log, string.Join('\n', lines) + "\n");
        AssertEveryCommandRefuses(path, $"{log} line 2: not a JSON event");
        Assert.Equal(string.Join('\n', lines) + "\n", File.ReadAllText(log));
    }

    [Fact]
    public void An_empty_line_is_corruption_too()
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        var lines = File.ReadAllLines(log).ToList();
        lines.Insert(2, "");
        File.WriteAllText(log, string.Join('\n', lines) + "\n");
        AssertEveryCommandRefuses(path, $"{log} line 3: the line is empty");
    }

    [Fact]
    public void Valid_json_with_an_unknown_event_type_is_refused_not_skipped()
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        var line = JsonNode.Parse(File.ReadLines(log).Last())!;
        line["action"] = "teleport";
        line["seq"] = 5;
        File.AppendAllText(log, line.ToJsonString() + "\n");
        AssertEveryCommandRefuses(path, $"{log} line 5: unknown event type 'teleport'");
    }

    [Fact]
    public void A_torn_last_line_is_not_an_event_verify_says_so_and_the_next_change_removes_it()
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        File.AppendAllText(log, "{\"seq\":5,\"time\":\"2026-");
        var verify = Command(path, "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("note: events.jsonl ends in a line without its newline (a write was cut short)", verify.Out);
        Assert.Contains("valid: 4 events", verify.Out);
        Assert.Equal(0, Command(path, "list").ExitCode);
        Assert.Equal(0, Command(path, "archive", "v2", "--reason", "not needed").ExitCode);
        Assert.Equal(5, File.ReadAllLines(log).Length);
        Assert.EndsWith("\n", File.ReadAllText(log));
        Assert.True(ModelRegistry.Open(path).Verify().Valid);
    }

    [Fact]
    public void A_log_whose_events_make_an_impossible_move_is_refused_by_replaying_the_lifecycle()
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        // A fifth version registered straight to champion, beside the champion there is.
        var forged = JsonNode.Parse(File.ReadLines(log).First())!;
        forged["seq"] = 5;
        forged["version"] = "v3";
        forged["changes"] = new JsonArray(new JsonObject { ["version"] = "v3", ["to"] = "champion" });
        File.AppendAllText(log, forged.ToJsonString() + "\n");
        AssertEveryCommandRefuses(path, "line 5 (event #5, register v3): not a possible lifecycle step: register must make v3 a candidate and nothing else");
    }

    [Theory]
    [InlineData("{\"seq\":5,\"time\":\"2026-01-01T00:00:00+00:00\",\"recorded_at\":\"2026-01-01T00:00:00+00:00\",\"actor\":\"x\",\"action\":\"promote\",\"version\":\"v2\",\"changes\":[{\"version\":\"v2\",\"from\":\"candidate\",\"to\":\"champion\"}]}",
        "it moves v2 from candidate, but v2 is challenger at that point")]
    [InlineData("{\"seq\":9,\"time\":\"2026-01-01T00:00:00+00:00\",\"recorded_at\":\"2026-01-01T00:00:00+00:00\",\"actor\":\"x\",\"action\":\"archive\",\"version\":\"v2\",\"changes\":[{\"version\":\"v2\",\"from\":\"challenger\",\"to\":\"archived\"}]}",
        "it carries sequence number 9 after 4")]
    [InlineData("{\"seq\":5,\"time\":\"2026-01-01T00:00:00+00:00\",\"recorded_at\":\"2026-01-01T00:00:00+00:00\",\"actor\":\"x\",\"action\":\"promote\",\"version\":\"v2\",\"changes\":[{\"version\":\"v2\",\"from\":\"challenger\",\"to\":\"champion\"}]}",
        "a promotion to champion deprecates the current champion v1 in the same event")]
    public void Other_impossible_steps_are_named(string line, string expected)
    {
        var (folder, path, log) = Registry();
        using var _f = folder;
        File.AppendAllText(log, line + "\n");
        Assert.Contains(expected, Assert.Throws<RegistryException>(() => ModelRegistry.Open(path).State()).Message);
        Assert.Contains(expected, ModelRegistry.Open(path).Verify().Problems.Single());
    }

    [Fact]
    public void A_corrupt_state_copy_is_a_note_for_verify_never_a_crash_and_the_next_change_rewrites_it()
    {
        var (folder, path, _) = Registry();
        using var _f = folder;
        File.WriteAllText(Path.Combine(path, "state.json"), "{ not json");
        var verify = Command(path, "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("note: state.json is unreadable", verify.Out);
        Assert.Equal(0, Command(path, "archive", "v2").ExitCode);
        Assert.Equal(5, JsonNode.Parse(File.ReadAllText(Path.Combine(path, "state.json")))!["last_seq"]!.GetValue<long>());
    }

    [Fact]
    public void A_corrupt_manifest_is_reported_by_verify_and_show_in_one_line()
    {
        var (folder, path, _) = Registry();
        using var _f = folder;
        File.WriteAllText(Path.Combine(path, "versions", "v1", "manifest.json"), "[]");
        var verify = Command(path, "verify");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("PROBLEM: version v1 is damaged: its manifest.json is unreadable", verify.Out);
        var show = Command(path, "show", "v1");
        Assert.Equal(1, show.ExitCode);
        Assert.StartsWith("error: version v1 is damaged: its manifest.json is unreadable", show.Err);
    }
}
