using LeadScore.Warehouse;
using LeadScore.Data;
using LeadScore.Engine.Explain;
using LeadScore.Metrics;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Scoring;

[Collection(ScoringWorldCollection.Name)]
public class ScoringRunTests(ScoringWorld world)
{
    [Fact]
    public void A_run_writes_one_row_per_advisor_per_model_with_percentiles_reasons_and_narratives()
    {
        var db = world.Fresh();
        var result = ScoringRun.Execute(world.Request(db));
        Assert.True(result.Succeeded, result.Run.Reason);

        using var warehouse = Store.OpenExisting(db, readOnly: true);
        long advisors = Scalar(warehouse, "SELECT count(*) FROM features.prospects");
        Assert.Equal(advisors, result.Run.Advisors);
        Assert.Equal(2 * advisors, result.Run.ScoreRows);
        foreach (var (version, role) in new[] { ("champion", "champion"), ("challenger", "shadow") })
        {
            var where = $"run_id = '2025-12-31' AND model_version = '{version}'";
            Assert.Equal(advisors, Scalar(warehouse, $"SELECT count(DISTINCT advisor_crd) FROM scores.prospect_scores WHERE {where} AND role = '{role}'"));
            Assert.Equal(advisors, Scalar(warehouse, $"SELECT count(*) FROM scores.prospect_scores WHERE {where}"));
            Assert.Equal(0, Scalar(warehouse, $"SELECT count(*) FROM scores.prospect_scores WHERE {where} AND (percentile NOT BETWEEN 1 AND 100 OR narrative = '' " +
                                              "OR deprioritize <> (percentile <= 20) OR calibrated_probability IS NULL OR abs(probability - 1 / (1 + exp(-margin))) > 1e-6)"));
        }

        // The stored percentile is the one percentile, on the margin; the flag covers a fifth of advisors up to the tie at the cut.
        var champion = result.Models[0];
        Assert.Equal(Percentile.Of(champion.Margins), champion.Percentiles);
        double flagged = (double)champion.Percentiles.Count(Percentile.Deprioritized) / champion.Count;
        double largestTie = (double)champion.Margins.CountBy(m => m).Max(g => g.Value) / champion.Count;
        Assert.InRange(flagged, 0.2 - 1e-9, 0.2 + largestTie);
    }

    [Fact]
    public void The_stored_reasons_are_the_three_largest_exact_TreeSHAP_values_of_each_advisor()
    {
        var db = world.Fresh();
        var result = ScoringRun.Execute(world.Request(db, withChallenger: false));
        var champion = result.Models[0];
        var rows = ReadReasons(db, "champion");
        int checkedRows = 0;
        for (int i = 0; i < champion.Count; i += 97)
        {
            var row = new float[champion.Table.Features.Count];
            for (int f = 0; f < row.Length; f++) row[f] = champion.Table.Input[i, f];
            var phi = ExactShap.Explain(champion.Model.Model, row);
            var top = Enumerable.Range(0, row.Length).Where(f => phi[f] != 0).OrderByDescending(f => Math.Abs(phi[f])).ThenBy(f => f).Take(3).ToArray();
            var stored = rows[champion.Advisors[i]];
            Assert.Equal(top.Select(f => champion.Table.Features[f].Name), stored.Select(r => r.Feature));
            for (int k = 0; k < top.Length; k++) Assert.Equal(phi[top[k]], stored[k].Contribution, 5);
            checkedRows++;
        }
        Assert.True(checkedRows > 300);
    }

    [Fact]
    public void The_same_run_twice_gives_identical_rows_and_the_second_attempt_replaces_the_first()
    {
        var db = world.Fresh();
        var first = ScoringRun.Execute(world.Request(db));
        var before = Dump(db);
        var second = ScoringRun.Execute(world.Request(db));
        Assert.True(second.Snapshot.Reused);
        Assert.Equal(first.Snapshot.Hash, second.Snapshot.Hash);
        Assert.Equal(before, Dump(db));

        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var attempts = ScoreStore.Runs(warehouse, "2025-12-31");
        Assert.Equal([(1, AttemptStatus.Replaced), (2, AttemptStatus.Succeeded)], attempts.Select(a => (a.Attempt, a.Status)));
    }

    [Fact]
    public void A_feature_build_that_fills_an_encoded_feature_with_0_for_everyone_fails_its_checks_and_publishes_nothing()
    {
        var db = world.Fresh();
        Assert.True(ScoringRun.Execute(world.Request(db, "december")).Succeeded);
        var published = Dump(db);

        // The original's bug: the prospect table had no *_encoded columns and the script filled them with 0.
        var broken = ScoringRun.Execute(world.Request(db, "january", build: BuildThen("UPDATE features.prospects SET tenure_bucket_encoded = 0")));

        Assert.False(broken.Succeeded);
        var failure = Assert.Single(broken.Checks, c => c.Outcome == CheckOutcome.Fail && c.Model == "champion");
        Assert.Equal("skew: tenure_bucket_encoded", failure.Check);
        Assert.Equal("0 for every advisor", failure.Value);
        Assert.Contains("tenure_bucket_encoded", broken.Run.Reason);
        Assert.Equal(published, Dump(db));
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var january = Assert.Single(ScoreStore.Runs(warehouse, "january"));
        Assert.Equal((AttemptStatus.Failed, 0L), (january.Status, january.ScoreRows));
        Assert.Contains("skew: tenure_bucket_encoded", january.Checks);
    }

    [Fact]
    public void A_failed_attempt_at_a_published_run_id_keeps_the_published_rows()
    {
        var db = world.Fresh();
        Assert.True(ScoringRun.Execute(world.Request(db, "month")).Succeeded);
        var published = Dump(db);
        var broken = ScoringRun.Execute(world.Request(db, "month", build: BuildThen("UPDATE features.prospects SET has_email = NULL, days_since_last_move = 0")));
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Checks, c => c.Check == "skew: has_email" && c.Value == "missing for every advisor" && c.Outcome == CheckOutcome.Fail);
        Assert.Equal(published, Dump(db));
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        Assert.Equal([(1, AttemptStatus.Succeeded), (2, AttemptStatus.Failed)], ScoreStore.Runs(warehouse, "month").Select(a => (a.Attempt, a.Status)));
        Assert.Equal(1, ScoreStore.Published(warehouse, "month")!.Attempt);
    }

    [Fact]
    public void Features_without_a_phrase_get_generic_clauses_and_a_warning_not_a_failure()
    {
        var db = world.Fresh();
        var phrases = Path.Combine(world.Folder.Path, "only-tenure.json");
        File.WriteAllText(phrases, """
            { "feature_set": "test", "features": { "tenure_months": { "means": "months at the firm", "usually": "either",
              "value": "they have been at their firm for {months}", "missing": "their tenure is not on file" } } }
            """);
        var result = ScoringRun.Execute(world.Request(db, withChallenger: false) with { Phrases = LeadScore.Scoring.Narratives.PhraseBook.Read(phrases) });
        Assert.True(result.Succeeded, result.Run.Reason);
        var check = Assert.Single(result.Checks, c => c.Check == "narrative phrases");
        Assert.Equal(CheckOutcome.Warn, check.Outcome);
        Assert.Contains("generic phrase for ", check.Value);
        Assert.Contains("days_since_last_move", check.Value);
        Assert.DoesNotContain("tenure_months", check.Value);
        Assert.Contains(result.Models[0].Narratives, n => n.Contains("days since last move", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicated_advisors_in_the_feature_rows_are_named_and_fail_the_run()
    {
        var db = world.Fresh();
        var result = ScoringRun.Execute(world.Request(db, withChallenger: false, build: BuildThen("INSERT INTO features.prospects SELECT * FROM features.prospects ORDER BY advisor_crd LIMIT 2")));
        var check = Assert.Single(result.Checks, c => c.Check == "one row per advisor");
        Assert.Equal(CheckOutcome.Fail, check.Outcome);
        Assert.StartsWith("2 advisors on several rows, e.g. ", check.Value);
    }

    [Fact]
    public void The_training_profile_measures_the_same_PSI_as_the_training_rows_themselves()
    {
        var directory = LeadScore.Models.ModelDirectory.Read(world.Champion);
        var profile = directory.Profile!;
        Assert.Equal(directory.Model.FeatureNames, profile.Features.Select(f => f.Name));
        var table = ScoredTable.Score(world.Database, directory.Model, directory.Schema.BindTo(directory.Model), "lead_id", FeatureTables.TrainingTable);
        var train = profile.Source;
        Assert.StartsWith("TRAIN ", train);
        int f = directory.Model.FeatureNames.ToList().IndexOf("tenure_months");
        var column = table.Input.Column(f)[..table.Count].ToArray().Select(v => (double)v).ToArray();
        // The profile holds TRAIN rows only, so against all rows PSI is small but not zero; against itself it is zero.
        Assert.InRange(profile.Find("tenure_months")!.Psi!.Against(column), 0, 0.05);
        Assert.True(profile.Rows < table.Count);
    }

    // The warehouse's feature build, then a change to its rows: how a faulty feature build is played.
    private static Func<Store, DateOnly, FeatureBuildResult> BuildThen(string sql) => (w, d) =>
    {
        var built = FeatureTables.Prospects(w, d);
        using var command = w.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return built;
    };

    private static long Scalar(Store warehouse, string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Dump(string db)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY run_id, model_version, advisor_crd)), count(*) FROM scores.prospect_scores t";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{(reader.IsDBNull(0) ? "" : reader.GetString(0))} {reader.GetInt64(1)}";
    }

    private static Dictionary<long, (string Feature, double Contribution)[]> ReadReasons(string db, string version)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT advisor_crd, reason1_feature, reason1_contribution, reason2_feature, reason2_contribution, reason3_feature, reason3_contribution " +
                              $"FROM scores.prospect_scores WHERE model_version = '{version}'";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<long, (string, double)[]>();
        while (reader.Read())
            rows[reader.GetInt64(0)] = Enumerable.Range(0, 3).Where(k => !reader.IsDBNull(1 + 2 * k))
                .Select(k => (reader.GetString(1 + 2 * k), reader.GetDouble(2 + 2 * k))).ToArray();
        return rows;
    }
}
