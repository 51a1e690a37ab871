using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

public class ModelRegistryTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_lifecycle_moves_through_candidate_challenger_champion_and_back()
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test", time: Day1);
        registry.Register(SomeVersions.ModelDirectory(folder, "b"), "v2", "ana", "test", time: Day1.AddHours(1));
        registry.Promote("v1", ModelStatus.Champion, "ana", null, null, force: false, Day1.AddDays(1));
        registry.Promote("v2", ModelStatus.Challenger, "bo", null, null, force: false, Day1.AddDays(2));
        var report = folder.File("backtest.json");
        File.WriteAllText(report, "{\"winner\": \"v2\"}");
        var promoted = registry.Promote("challenger", ModelStatus.Champion, "bo", "beat v1 in the backtest", report, force: false, Day1.AddDays(3));
        Assert.Equal(LeadScore.Registry.Manifest.Sha256(report), promoted.EvidenceSha256);
        Assert.Equal("{\"winner\": \"v2\"}", File.ReadAllText(registry.EvidencePath(promoted.EvidenceSha256!)));
        Assert.Equal([new StatusChange("v1", "champion", "deprecated"), new StatusChange("v2", "challenger", "champion")], promoted.Changes);

        registry.Rollback("cy", "conversions fell", Day1.AddDays(5));
        var state = registry.State();
        Assert.Equal("v1", state.Champion);
        Assert.Equal(ModelStatus.RolledBack, state.Find("v2")!.Status);
        Assert.Null(state.LiveAt(Day1.AddHours(12)));
        Assert.Equal("v1", state.LiveAt(Day1.AddDays(2)));
        Assert.Equal("v2", state.LiveAt(Day1.AddDays(4)));
        Assert.Equal("v1", state.LiveAt(Day1.AddDays(6)));
        Assert.Equal([1L, 2, 3, 4, 5, 6], state.Events.Select(e => e.Seq));
        Assert.True(registry.Verify().Valid);
    }

    [Fact]
    public void Transitions_that_make_no_sense_are_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test");
        registry.Register(SomeVersions.ModelDirectory(folder, "b", gates: "fail"), "v2", "ana", "test");
        registry.Register(SomeVersions.ModelDirectory(folder, "c"), "v3", "ana", "test");
        string Refused(Action act) => Assert.Throws<RegistryException>(act).Message;

        Assert.Contains("nothing to roll back to: there is no champion", Refused(() => registry.Rollback("ana", "why")));
        Assert.Contains("v2 failed gate(s) G9.2", Refused(() => registry.Promote("v2", ModelStatus.Champion, "ana", null, null, false)));
        registry.Promote("v1", ModelStatus.Champion, "ana", null, null, false);
        Assert.Contains("it is the champion already", Refused(() => registry.Promote("v1", ModelStatus.Champion, "ana", null, null, false)));
        Assert.Contains("needs a backtest against the current champion v1", Refused(() => registry.Promote("v3", ModelStatus.Champion, "ana", null, null, false)));
        Assert.Contains("--force needs --reason", Refused(() => registry.Promote("v3", ModelStatus.Champion, "ana", null, null, true)));
        Assert.Contains("the champion is live", Refused(() => registry.Archive("v1", "ana", null)));
        Assert.Contains("already registered and versions are immutable", Refused(() => registry.Register(SomeVersions.ModelDirectory(folder, "d"), "v1", "ana", "test")));
        Assert.Contains("no version or alias 'v9'", Refused(() => registry.Promote("v9", ModelStatus.Challenger, "ana", null, null, false)));
        Assert.Contains("nothing to roll back to: no earlier champion of v1", Refused(() => registry.Rollback("ana", "why")));

        var forced = registry.Promote("v2", ModelStatus.Champion, "ana", "known gate miss, approved", null, true);
        Assert.True(forced.Forced);
        Assert.Equal("v2", registry.State().Champion);
    }

    [Fact]
    public void Required_sign_offs_hold_a_promotion_until_every_role_has_signed()
    {
        using var folder = new TempFolder();
        var path = folder.File("registry");
        ModelRegistry.OpenOrCreate(path);
        File.WriteAllText(Path.Combine(path, "registry.json"), "{\"format\": \"leadscore-registry\", \"format_version\": 1, \"required_signoffs\": [\"data-science\", \"business\"]}");
        var registry = ModelRegistry.OpenOrCreate(path);
        registry.Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test");
        registry.SignOff("v1", "data-science", "ana", null);
        Assert.Contains("needs sign-off from role(s) business", Assert.Throws<RegistryException>(() => registry.Promote("v1", ModelStatus.Champion, "ana", null, null, false)).Message);
        registry.SignOff("v1", "business", "bo", "ok for January");
        registry.Promote("v1", ModelStatus.Champion, "ana", null, null, false);
        Assert.Equal(["data-science", "business"], registry.State().Find("v1")!.SignOffs);
        Assert.Contains("'ceo' is not a sign-off role", Assert.Throws<RegistryException>(() => registry.SignOff("v1", "ceo", "x", null)).Message);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("v1..2")]
    [InlineData("")]
    public void Version_names_that_could_be_paths_are_refused(string name)
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        var error = Assert.Throws<RegistryException>(() => registry.Register(SomeVersions.ModelDirectory(folder, "a"), name, "ana", "test"));
        Assert.Contains("is not a valid version name", error.Message);
        Assert.Empty(Directory.GetDirectories(folder.File("registry/versions")));
    }

    [Fact]
    public void A_folder_that_is_not_a_registry_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.txt"), "mine");
        Assert.Contains("is not a leadscore registry", Assert.Throws<RegistryException>(() => ModelRegistry.OpenOrCreate(folder.Path)).Message);
        Assert.Equal(["notes.txt"], folder.Files());
    }

    [Fact]
    public void One_changed_byte_is_caught_by_verify_and_the_version_is_not_served()
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test");
        var model = Path.Combine(registry.VersionFolder("v1"), "model.json");
        Assert.Equal(registry.VersionFolder("v1"), registry.Checkout("latest"));
        var bytes = File.ReadAllBytes(model);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(model, bytes);
        var report = registry.Verify();
        Assert.False(report.Valid);
        Assert.Contains("v1: model.json does not match its SHA-256 in the manifest", report.Problems);
        Assert.Contains("version v1 is damaged: model.json does not match", Assert.Throws<RegistryException>(() => registry.Checkout("v1")).Message);
    }

    [Fact]
    public void A_second_writer_is_told_the_registry_is_busy()
    {
        using var folder = new TempFolder();
        var path = folder.File("registry");
        var registry = ModelRegistry.OpenOrCreate(path);
        registry.Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test");
        using (new FileStream(Path.Combine(path, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var run = CliRun.Process(new Dictionary<string, string>(), "registry", "promote", "v1", "--as", "challenger", "--registry", path);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("the registry is busy (another leadscore process is changing it); retry", run.Err);
        }
        Assert.Equal(ModelStatus.Candidate, registry.State().Find("v1")!.Status);
        registry.Promote("v1", ModelStatus.Challenger, "ana", null, null, false);
    }
}
