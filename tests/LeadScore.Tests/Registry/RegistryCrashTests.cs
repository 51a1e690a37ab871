using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

/// <summary>
/// A registry process killed in the middle of register, promote or rollback (at every step that writes) leaves the
/// registry valid and in the state before or after the change, never a mix; verify proves it, and the next change works.
/// </summary>
public class RegistryCrashTests
{
    private static CliRun Crash(string step, params string[] args) =>
        CliRun.Process(new Dictionary<string, string> { ["LEADSCORE_REGISTRY_CRASH_AT"] = step }, args);

    private static (TempFolder Folder, string Path, ModelRegistry Registry) Prepared()
    {
        var folder = new TempFolder();
        var (path, registry) = SomeVersions.TwoVersions(folder);
        registry.Promote("v2", ModelStatus.Champion, "ana", "test", null, true);
        return (folder, path, registry);
    }

    private static void AssertValid(ModelRegistry registry)
    {
        var report = registry.Verify();
        Assert.True(report.Valid, string.Join("; ", report.Problems));
    }

    [Theory]
    [InlineData("after-copy", false)]
    [InlineData("after-rename", false)]
    [InlineData("before-event", false)]
    [InlineData("event-half", false)]
    [InlineData("after-event", true)]
    public void A_register_killed_at_any_step_leaves_the_version_either_absent_or_whole(string step, bool registered)
    {
        var (folder, path, registry) = Prepared();
        using var _ = folder;
        var run = Crash(step, "registry", "register", SomeVersions.ModelDirectory(folder, "c"), "--version", "v3", "--registry", path);
        Assert.NotEqual(0, run.ExitCode);
        AssertValid(registry);
        Assert.Equal(registered, registry.State().Find("v3") is not null);
        if (!registered) registry.Register(SomeVersions.ModelDirectory(folder, "c2"), "v3", "ana", "retry");
        Assert.Equal(ModelStatus.Candidate, registry.State().Find("v3")!.Status);
        AssertValid(registry);
        Assert.Empty(registry.Verify().Problems);
    }

    [Theory]
    [InlineData("before-event", "v2")]
    [InlineData("event-half", "v2")]
    [InlineData("after-event", "v1")]
    public void A_rollback_killed_at_any_step_leaves_one_champion_the_old_or_the_new(string step, string champion)
    {
        var (folder, path, registry) = Prepared();
        using var _ = folder;
        var run = Crash(step, "registry", "rollback", "--reason", "test", "--registry", path);
        Assert.NotEqual(0, run.ExitCode);
        AssertValid(registry);
        var state = registry.State();
        Assert.Equal(champion, state.Champion);
        Assert.Single(state.Versions, v => v.Status == ModelStatus.Champion);
        if (champion == "v2") registry.Rollback("ana", "retry");
        Assert.Equal("v1", registry.State().Champion);
        Assert.Equal(ModelStatus.RolledBack, registry.State().Find("v2")!.Status);
        AssertValid(registry);
    }

    [Theory]
    [InlineData("before-event", false)]
    [InlineData("event-half", false)]
    [InlineData("after-event", true)]
    public void A_promotion_killed_at_any_step_is_all_or_nothing(string step, bool promoted)
    {
        var (folder, path, registry) = Prepared();
        using var _ = folder;
        registry.Register(SomeVersions.ModelDirectory(folder, "c"), "v3", "ana", "test");
        var run = Crash(step, "registry", "promote", "v3", "--force", "--reason", "test", "--registry", path);
        Assert.NotEqual(0, run.ExitCode);
        AssertValid(registry);
        var state = registry.State();
        Assert.Equal(promoted ? "v3" : "v2", state.Champion);
        Assert.Equal(promoted ? ModelStatus.Deprecated : ModelStatus.Champion, state.Find("v2")!.Status);
        Assert.Equal(promoted ? "v3" : "v2", registry.State().LiveAt(DateTimeOffset.UtcNow.AddMinutes(1)));
    }
}
