using LeadScore.Cli.Terminal;
using LeadScore.Scoring;
using LeadScore.Storage;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The demo's scoring inside the warehouse (<c>leadscore score --engine sql</c>, <c>leadscore compile-sql</c>): the
/// champion of the run just published compiled to SQL, run in the DuckDB warehouse over the same feature snapshot, and
/// compared row by row with what the engine published; the same model written for PostgreSQL and BigQuery.
/// </summary>
public static class DemoSql
{
    public static void Run(CliOutput output, string outFolder, string db, ScoringResult published)
    {
        var champion = published.Models[0];
        var model = champion.Model;
        output.Console.Write(new Rule($"[bold]scoring inside the warehouse[/]: {Markup.Escape(model.Version)} compiled to SQL (leadscore compile-sql, score --engine sql)").LeftJustified());
        CompiledScores scores;
        using (var warehouse = Store.OpenExisting(db, readOnly: true))
            scores = CompiledScoring.Query(warehouse, new CompileRequest(model.Model, model.Features, model.Calibrator, warehouse.Dialect,
                published.Snapshot.Table, "advisor_crd", Title: model.Version));
        var row = Enumerable.Range(0, champion.Count).ToDictionary(i => champion.Advisors[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        int sameMargin = 0, samePercentile = 0;
        double worstProbability = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            int at = row[scores.Ids[i]];
            if (scores.Margin[i] == champion.Margins[at]) sameMargin++;
            if (scores.Percentile[i] == champion.Percentiles[at]) samePercentile++;
            worstProbability = Math.Max(worstProbability, Math.Abs(scores.Probability[i] - champion.Probabilities[at]));
        }
        output.Line($"DuckDB scored the {scores.Count:N0} advisors of snapshot {published.Snapshot.Hash[..12]} with {scores.Sql.Trees} trees in {scores.Elapsed.TotalSeconds:F1} s " +
                    $"({scores.Sql.LongestStatementBytes / 1024.0:N0} KB of SQL): margins identical to the engine's for {sameMargin:N0}, percentiles for {samePercentile:N0}; " +
                    $"probabilities within {worstProbability:G2}");
        foreach (var dialect in new[] { SqlDialect.Postgres, SqlDialect.BigQuery })
        {
            var table = dialect == SqlDialect.BigQuery ? "your-project.features.prospects" : "features.prospects";
            var compiled = ModelSql.Compile(new CompileRequest(model.Model, model.Features, model.Calibrator, dialect, table, "advisor_crd", Title: model.Version));
            var path = Path.Combine(outFolder, $"score-{dialect.Name}.sql");
            AtomicFile.WriteText(path, compiled.Script);
            output.Line($"{dialect.Name}: {compiled.Statements.Count} statement(s), {compiled.TotalBytes / 1024.0:N0} KB -> {path}");
        }
    }
}
