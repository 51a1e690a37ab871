using LeadScore.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Registry;

/// <summary>Reading never creates a registry: a mistyped path is an error, and nothing appears on disk.</summary>
public class ReadOnlyRegistryTests
{
    [Theory]
    [InlineData("verify")]
    [InlineData("list")]
    [InlineData("history")]
    [InlineData("live-at", "2026-01-01")]
    [InlineData("show", "champion")]
    [InlineData("promote", "v1")]
    public void A_registry_command_that_reads_refuses_a_path_with_no_registry_and_creates_nothing(params string[] args)
    {
        using var folder = new TempFolder();
        var path = folder.File("registyr");
        var run = CliRun.Of(["registry", .. args, "--registry", path]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path}: no registry there; pass --registry with an existing registry folder (registry register or import-xgboost creates one).", run.Err.Trim());
        Assert.False(Directory.Exists(path));
        Assert.DoesNotContain("valid", run.Out);
    }

    [Fact]
    public void Predict_and_evaluate_with_a_registry_model_refuse_a_missing_registry_and_create_nothing()
    {
        using var folder = new TempFolder();
        var csv = SomeFiles.Csv(folder, 10);
        var path = folder.File("no-registry");
        var predict = CliRun.Of("predict", "--model", "registry:champion", "--registry", path, "--input", csv, "--output", folder.File("s.csv"));
        Assert.Equal(1, predict.ExitCode);
        Assert.Contains("no registry there", predict.Err);
        var evaluate = CliRun.Of("evaluate", "--model", "registry:champion", "--registry", path, "--data", csv);
        Assert.Contains("no registry there", evaluate.Err);
        Assert.False(Directory.Exists(path));
        Assert.False(File.Exists(folder.File("s.csv")));
    }

    [Fact]
    public void Register_creates_a_registry_where_there_is_none()
    {
        using var folder = new TempFolder();
        var path = folder.File("new-registry");
        var run = CliRun.Of("registry", "register", SomeVersions.ModelDirectory(folder, "a"), "--version", "v1", "--registry", path);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.True(ModelRegistry.Open(path).Verify().Valid);
    }

    [Theory]
    [InlineData("07/01/2026")]
    [InlineData("2026-7-1")]
    [InlineData("2026-07-01 09:00")]
    [InlineData("2026-07-01T09:00:00")]
    [InlineData("July 1, 2026")]
    public void Live_at_accepts_iso_dates_only(string when)
    {
        using var folder = new TempFolder();
        var path = folder.File("registry");
        ModelRegistry.OpenOrCreate(path);
        var run = CliRun.Of("registry", "live-at", when, "--registry", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"'{when}' is not an ISO date (YYYY-MM-DD, e.g. 2026-07-01)", run.Err);
    }

    [Theory]
    [InlineData("2026-07-01", "2026-07-01 23:59:59Z")]
    [InlineData("2026-07-01T09:30:00Z", "2026-07-01 09:30:00Z")]
    [InlineData("2026-07-01T09:30:00+02:00", "2026-07-01 07:30:00Z")]
    public void Live_at_reads_an_iso_date_as_its_last_second_and_a_time_with_its_offset(string when, string moment)
    {
        using var folder = new TempFolder();
        var path = folder.File("registry");
        ModelRegistry.OpenOrCreate(path);
        Assert.Equal($"no champion was live at {moment}", CliRun.Of("registry", "live-at", when, "--registry", path).Out.Trim());
    }

    [Fact]
    public void A_role_outside_the_list_is_refused_by_name_and_help_lists_the_roles()
    {
        using var folder = new TempFolder();
        var path = folder.File("registry");
        ModelRegistry.OpenOrCreate(path).Register(SomeVersions.ModelDirectory(folder, "a"), "v1", "ana", "test");
        var run = CliRun.Of("registry", "sign-off", "v1", "--role", "boss", "--by", "x", "--registry", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --role: 'boss' is not one of data-science, engineering, business; see leadscore registry sign-off --help.", run.Err.Trim());
        Assert.Contains("--role <data-science|engineering|business>", CliRun.Of("registry", "sign-off", "--help").Out);
        Assert.Contains("'boss' is not a sign-off role", Assert.Throws<RegistryException>(() => ModelRegistry.Open(path).SignOff("v1", "boss", "x", null)).Message);
        Assert.Contains("--as <challenger|champion>", CliRun.Of("registry", "promote", "--help").Out);
    }
}
