using LeadScore.Data.Labeled;
using LeadScore.Cli.Terminal;
using LeadScore.Data.Input;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Metrics;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The demo: score all real V4.1 leads with V4.1-R3 and V4.0.0, evaluate each on its TEST window next to the
/// published figures, check the scores against xgboost's, show the reasons behind a few leads, then retrain
/// R3 honestly (<see cref="DemoRetrain"/>).
/// </summary>
public sealed class DemoRun(CliOutput output, string? fixtures, int leadsToExplain, string chartFolder, bool retrain, int advisors, long seed,
    bool syntheticOnly = false)
{
    public int Run()
    {
        output.Line("leadscore demo: a synthetic warehouse built here, then (with the fixtures) the real V4.1 leads and models");
        new DemoSynthetic(output, chartFolder, advisors, seed).Run(fixtures is null ? null : Path.Combine(fixtures, "leads_v41.parquet"));
        if (syntheticOnly) return 0;
        if (fixtures is null)
        {
            output.Line($"the real V4.1 parity part is skipped: the fixtures were not found ({string.Join(", ", FixtureLocator.Candidates())}); pass --fixtures DIR or set LEADSCORE_FIXTURES to see it.");
            return 0;
        }
        output.Line();
        return Real(fixtures);
    }

    private int Real(string fixtures)
    {
        var leadsFile = Path.Combine(fixtures, "leads_v41.parquet");
        output.Line($"leadscore demo: real V4.1 leads and models from {Path.GetFullPath(fixtures)}");
        var outcomes = LeadOutcomes.Read(leadsFile);
        output.Line($"{outcomes.Count:N0} contacted leads, {outcomes.Values.Count(o => o.Target == 1):N0} converted");
        var report = new DemoReport(output);
        ScoredLeads? production = null;
        foreach (var demo in new[] { DemoModel.V41R3, DemoModel.V400 })
        {
            var model = ModelLoader.Load(demo.ModelPath(fixtures));
            var features = SchemaResolver.Resolve(demo.Schema, model).BindTo(model);
            var leads = ScoredLeads.Score(leadsFile, model, features);
            var test = Evaluate(leads, outcomes, demo.Test);
            var train = Evaluate(leads, outcomes, demo.Train);
            var published = PublishedFigures.For(demo, fixtures);
            report.Model(demo, model, leads, test, train, published, ReferenceCheck.Run(leads, demo, fixtures));
            Chart(demo, test, published);
            production ??= leads;
        }
        report.Reasons(production!, outcomes, DemoModel.V41R3.Test, leadsToExplain);
        if (retrain) new DemoRetrain(output, fixtures, chartFolder).Run();
        return 0;
    }

    // A chart is a side product: failing to write it is reported and the demo goes on.
    private void Chart(DemoModel demo, ModelEvaluation test, PublishedFigures published)
    {
        var path = Path.Combine(chartFolder, $"lift_{demo.Name}.svg");
        try
        {
            Directory.CreateDirectory(chartFolder);
            var svg = DecileChart.Svg($"{demo.Name}: lift by score decile, TEST {demo.Test} ({test.Count:N0} leads)", test.Deciles, published.Deciles);
            var temp = path + ".tmp";
            File.WriteAllText(temp, svg);
            File.Move(temp, path, overwrite: true);
            output.Line($"chart: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Err.WriteLine($"warning: could not write the chart {path} ({e.Message}); the demo goes on.");
        }
    }

    private static ModelEvaluation Evaluate(ScoredLeads leads, IReadOnlyDictionary<string, LeadOutcome> outcomes, DateRange window)
    {
        var scores = new List<double>();
        var labels = new List<int>();
        for (int i = 0; i < leads.Count; i++)
        {
            var outcome = outcomes[leads.Ids[i]];
            if (!window.Contains(outcome.ContactedDate)) continue;
            scores.Add(leads.Scores.Probability[i]);
            labels.Add(outcome.Target);
        }
        return ModelEvaluation.Compute(scores.ToArray(), labels.ToArray());
    }
}
