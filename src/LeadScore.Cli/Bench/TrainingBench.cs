using LeadScore.Cli.Fixtures;
using System.Text.Json.Nodes;
using System.Globalization;
using LeadScore.Cli.Demo;
using LeadScore.Cli.Terminal;
using LeadScore.Data.Labeled;
using LeadScore.Training.Boosting;
using LeadScore.Training.Config;
using LeadScore.Training.Features;
using LeadScore.Training.Search;
using LeadScore.Training.Split;
using Spectre.Console;

namespace LeadScore.Cli.Bench;

/// <summary>
/// <c>bench training</c>: LightGBM (through the C API) with the R3 settings on the 24,734 real TRAIN leads, a fixed
/// number of rounds on one thread and on all cores, one search trial (rolling-origin folds with early stopping),
/// and xgboost training with the same settings on the same rows in the same run.
/// </summary>
public sealed class TrainingBench(CliOutput output, string fixtures, int rounds, bool peer, string workFolder)
{
    public int Run()
    {
        Directory.CreateDirectory(workFolder);
        var config = TrainingConfigReader.Read(ConfigDocument.Defaults());
        var split = config.Split!;
        var features = OriginalModel.V41R3.Features;
        LabeledRows train;
        using (var table = LabeledTable.Open(Path.Combine(fixtures, "leads_v41.parquet")))
        {
            var schema = FeatureSelection.Resolve(table, features, [], config.Target, split.Column, split.Train, "bench");
            train = table.Read(schema.Features, config.Target, split.Column, split.Train);
        }
        int all = Environment.ProcessorCount;
        output.Line($"bench training: {train.Count:N0} TRAIN leads ({train.Positives} conversions), {train.Features.Count} features, " +
                    $"R3 settings (depth 2, learning rate 0.01, bagging 0.6, feature fraction 0.6), {rounds} rounds; {all} cores; OMP_WAIT_POLICY=passive");

        var rows = new List<(string What, TimeSpan Time, string PeerKey)>();
        foreach (var threads in new[] { 1, all }.Distinct())
        {
            var booster = config.Booster with { NumThreads = threads };
            rows.Add(($"train {rounds} rounds, {threads} thread{(threads > 1 ? "s" : "")}",
                Timing.Best(() => BoosterTrainer.ForRounds(train, booster, rounds), passes: 3), threads == 1 ? "1" : "all"));
        }
        var folds = TemporalSplit.From(split, config.Validation with { Method = ValidationMethod.Rolling }).Folds;
        var search = config.Search with { Trials = 2 };
        var trial = Timing.Best(() => RandomSearch.Run(train, folds, config.Booster, config.EarlyStopping, search, 42), passes: 1) / 2;

        JsonNode? peerRun = null;
        if (peer)
        {
            var x = Path.Combine(workFolder, "train_features.npy");
            var y = Path.Combine(workFolder, "train_labels.npy");
            NpyFile.WriteFloat32(x, train.Count, train.Features.Count, train.RowMajor());
            NpyFile.WriteFloat32(y, train.Count, 1, train.Labels.Select(l => (float)l).ToArray());
            output.Err.WriteLine("running the xgboost peer (bench/peer_train.sh)");
            peerRun = PeerProcess.RunJson("peer_train.sh", x, y, rounds.ToString(CultureInfo.InvariantCulture), all.ToString(CultureInfo.InvariantCulture));
        }

        var table2 = new Table().AddPlainColumns("measurement", "leadscore (LightGBM 4.7.0)", $"xgboost {peerRun?["xgboost"] ?? "(not run)"} hist", "ratio", "xgboost exact", "ratio");
        foreach (var (what, time, key) in rows)
        {
            var cells = new List<string> { what, Timing.Duration(time) };
            foreach (var method in new[] { "hist", "exact" })
            {
                double? seconds = peerRun?[$"{method}_{key}"]?.GetValue<double>();
                cells.Add(seconds is null ? "-" : Timing.Duration(TimeSpan.FromSeconds(seconds.Value)));
                cells.Add(seconds is null ? "-" : $"{seconds.Value / time.TotalSeconds:F1}x");
            }
            table2.AddPlainRow(cells);
        }
        table2.AddPlainRow($"one search trial ({folds.Count} rolling folds, early stopping), 1 thread", Timing.Duration(trial), "-", "-", "-", "-");
        output.Console.Write(table2);
        output.Line("ratio = xgboost time / leadscore time for the same rows, rounds and settings (xgboost's max_depth 2 ~ LightGBM num_leaves 4 + max_depth 2).");
        return 0;
    }
}
