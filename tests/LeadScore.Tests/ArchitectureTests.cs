using System.Reflection;

namespace LeadScore.Tests;

/// <summary>One layer per concept, one direction: the dependencies the style guide asks for, checked on the built assemblies.</summary>
public class ArchitectureTests
{
    private static IEnumerable<string> References(Type type) => type.Assembly.GetReferencedAssemblies().Select(a => a.Name!);

    [Fact]
    public void The_registry_knows_the_model_directory_but_not_training_or_the_native_library()
    {
        var references = References(typeof(LeadScore.Registry.ModelRegistry)).ToList();
        Assert.Contains("LeadScore.Models", references);
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.LightGbm", references);
        Assert.DoesNotContain("YamlDotNet", references);
    }

    [Theory]
    [InlineData(typeof(LeadScore.Storage.AtomicFile))]
    [InlineData(typeof(LeadScore.Metrics.RandomStream))]
    [InlineData(typeof(LeadScore.Charts.Chart))]
    public void The_shared_mechanisms_depend_on_no_leadscore_layer(Type type)
    {
        Assert.DoesNotContain(References(type), name => name.StartsWith("LeadScore.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_directory_layer_depends_on_neither_training_nor_the_registry()
    {
        var references = References(typeof(LeadScore.Models.ModelDirectory)).ToList();
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.Registry", references);
        Assert.DoesNotContain("LeadScore.LightGbm", references);
    }

    [Fact]
    public void The_scoring_run_knows_models_and_the_warehouse_but_not_training_the_registry_or_the_cli()
    {
        var references = References(typeof(LeadScore.Scoring.ScoringRun)).ToList();
        Assert.Contains("LeadScore.Models", references);
        Assert.Contains("LeadScore.Warehouse", references);
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.Registry", references);
        Assert.DoesNotContain("leadscore", references);
    }

    [Fact]
    public void The_lead_list_knows_the_warehouse_but_not_scoring_training_the_registry_or_the_cli()
    {
        var references = References(typeof(LeadScore.Lists.ListBuild)).ToList();
        Assert.Contains("LeadScore.Warehouse", references);
        Assert.DoesNotContain("LeadScore.Scoring", references);
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.Registry", references);
        Assert.DoesNotContain("LeadScore.Charts", references);
        Assert.DoesNotContain("leadscore", references);
    }

    [Fact]
    public void The_backtest_knows_models_data_and_the_list_but_not_the_registry_scoring_charts_or_the_cli()
    {
        var references = References(typeof(LeadScore.Backtest.BacktestRun)).ToList();
        Assert.Contains("LeadScore.Lists", references);
        Assert.Contains("LeadScore.Metrics", references);
        Assert.DoesNotContain("LeadScore.Registry", references);
        Assert.DoesNotContain("LeadScore.Scoring", references);
        Assert.DoesNotContain("LeadScore.Charts", references);
        Assert.DoesNotContain("leadscore", references);
    }

    [Fact]
    public void The_reports_layer_reads_evidence_but_knows_neither_training_scoring_nor_the_cli()
    {
        var references = References(typeof(LeadScore.Reports.ReadinessReport)).ToList();
        Assert.Contains("LeadScore.Registry", references);
        Assert.Contains("LeadScore.Backtest", references);
        Assert.Contains("LeadScore.Charts", references);
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.Scoring", references);
        Assert.DoesNotContain("leadscore", references);
    }

    [Fact]
    public void Monitoring_is_pure_and_knows_no_leadscore_layer_but_metrics()
    {
        var references = References(typeof(LeadScore.Monitoring.Monitor)).ToList();
        Assert.Contains("LeadScore.Metrics", references);
        Assert.Equal(["LeadScore.Metrics"], references.Where(name => name.StartsWith("LeadScore.", StringComparison.Ordinal) || name == "leadscore"));
        Assert.DoesNotContain("DuckDB.NET.Data", references);
    }

    [Fact]
    public void The_dashboard_reads_the_layers_but_knows_neither_training_scoring_the_list_build_nor_the_cli()
    {
        var references = References(typeof(LeadScore.Dashboard.DashboardSite)).ToList();
        Assert.Contains("LeadScore.Registry", references);
        Assert.Contains("LeadScore.Warehouse", references);
        Assert.Contains("LeadScore.Charts", references);
        Assert.DoesNotContain("LeadScore.Training", references);
        Assert.DoesNotContain("LeadScore.Scoring", references);
        Assert.DoesNotContain("LeadScore.Lists", references);
        Assert.DoesNotContain("LeadScore.LightGbm", references);
        Assert.DoesNotContain("leadscore", references);
    }

    [Fact]
    public void There_is_one_percentile_function()
    {
        _ = typeof(LeadScore.Scoring.ScoringRun);
        _ = typeof(LeadScore.Cli.LeadScoreApp);
        _ = typeof(LeadScore.Warehouse.Warehouse);
        var percentiles = AppDomain.CurrentDomain.GetAssemblies().Where(a => (a.GetName().Name!.StartsWith("LeadScore.", StringComparison.Ordinal) && a.GetName().Name != "LeadScore.Tests") || a.GetName().Name == "leadscore")
            .SelectMany(a => a.GetTypes()).Where(t => t.Name.Contains("Percentile", StringComparison.Ordinal) && !t.Name.StartsWith('<')).Select(t => t.FullName!).ToArray();
        // PercentileSql is the same function written in SQL for scores computed in the warehouse, pinned to Percentile.Of
        // row by row on DuckDB and PostgreSQL (CompiledScoringTests, CompiledOnPostgresTests).
        Assert.Equal(["LeadScore.Metrics.Percentile", "LeadScore.Warehouse.Scores.PercentileSql"], percentiles);
    }

    [Fact]
    public void The_demo_folder_holds_orchestration_only()
    {
        var demo = typeof(LeadScore.Cli.LeadScoreApp).Assembly.GetTypes()
            .Where(t => t.Namespace == "LeadScore.Cli.Demo" && !t.IsNested && !t.Name.StartsWith('<')).Select(t => t.Name).Order().ToArray();
        Assert.Equal(["DemoBacktest", "DemoModels", "DemoMonitoring", "DemoRegistry", "DemoRetrain", "DemoRun", "DemoSql", "DemoSynthetic"], demo);
    }
}
