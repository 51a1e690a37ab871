using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Demo;
using LeadScore.Cli.Terminal;
using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using Spectre.Console;

namespace LeadScore.Cli.Bench;

/// <summary>
/// <c>bench scoring</c>: the 30,738 real leads tiled to production size, scored and explained with V4.1-R3 on one
/// thread and on all cores, end to end through files, and, in the same run, xgboost on the same rows.
/// </summary>
public sealed class ScoringBench(CliOutput output, string fixtures, long rows, bool peer, string workFolder)
{
    private const int BatchRows = 65536;
    private const int RecursionRows = 131072;

    public int Run()
    {
        Directory.CreateDirectory(workFolder);
        var model = ModelLoader.Load(OriginalModel.V41R3.ModelPath(fixtures));
        var features = SchemaResolver.Resolve("v4.1.0_r3", model).BindTo(model);
        var leadsFile = Path.Combine(fixtures, "leads_v41.parquet");
        var (batches, real) = Tile(leadsFile, features);
        int all = Environment.ProcessorCount;
        output.Line($"bench scoring: {rows:N0} rows (the {real:N0} real leads tiled), v4.1.0_r3: {model.Trees.Count} trees, " +
                    $"{features.Count} features; {all} cores; {BatchInfo()}");

        var results = new List<BenchRow>();
        foreach (var (explain, what) in new[] { (false, "score (margin + probability)"), (true, "exact SHAP + margin") })
            foreach (var threads in new[] { 1, all }.Distinct())
                results.Add(new BenchRow($"{what}, {threads} thread{(threads > 1 ? "s" : "")}", rows,
                    Timing.Best(() => ScoreAll(model, batches, threads, explain, useTables: true)), threads, explain));
        var recursion = Timing.Best(() => ScoreAll(model, batches.Take(RecursionRows / BatchRows).ToList(), 1, true, useTables: false), passes: 1);
        results.Add(new BenchRow("exact SHAP, plain recursion (no tables), 1 thread", RecursionRows, recursion, 1, true));

        var tiled = Path.Combine(workFolder, "tiled.parquet");
        RowTiling.WriteParquet(leadsFile, tiled, rows);
        foreach (var format in new[] { "parquet", "csv" })
        {
            var request = new FileScoringRequest(model, features, tiled, Path.Combine(workFolder, $"scores.{format}"), Shap: true, TopK: 3);
            var (endToEnd, floor) = EndToEnd(request);
            results.Add(new BenchRow($"predict --shap --top-k 3, Parquet in, {format} out, {all} threads", rows, endToEnd, all, true,
                EndToEnd: true, Floor: floor));
        }

        var peerRun = peer ? RunPeer(model, batches, all) : null;
        Report(results, peerRun, batches, model, all);
        return 0;
    }

    private (List<FeatureBlock> Batches, int RealRows) Tile(string leadsFile, IReadOnlyList<FeatureSpec> features)
    {
        using var reader = FeatureReader.Open(leadsFile, features, "lead_id");
        var real = new FeatureBlock(features.Count, (int)reader.RowCount);
        reader.Read(real, new string[real.Stride]);
        var batches = new List<FeatureBlock>();
        for (long done = 0; done < rows; done += BatchRows)
        {
            int n = (int)Math.Min(BatchRows, rows - done);
            var block = new FeatureBlock(features.Count, BatchRows);
            for (int f = 0; f < features.Count; f++)
            {
                var source = real.Column(f)[..real.Count];
                var column = block.Column(f);
                for (int i = 0; i < n; i++) column[i] = source[(int)((done + i) % real.Count)];
            }
            block.SetCount(n);
            batches.Add(block);
        }
        return (batches, real.Count);
    }

    private static string BatchInfo() => $"batches of {BatchRows:N0} rows in memory; best of 3 passes after a warm-up";

    private static void ScoreAll(TreeEnsemble model, List<FeatureBlock> batches, int threads, bool explain, bool useTables)
    {
        var scorer = new BatchScorer(new EnsembleScorer(model, useTables), threads);
        var output = new ScoreBlock(model.FeatureNames.Count, BatchRows, withShap: explain);
        foreach (var batch in batches) scorer.Run(batch, output, explain);
    }

    // The run and its I/O floor (the same reading and writing, constant scores), alternately, best of three each.
    private static (TimeSpan EndToEnd, TimeSpan Floor) EndToEnd(FileScoringRequest request)
    {
        TimeSpan run = TimeSpan.MaxValue, floor = TimeSpan.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            floor = Min(floor, Timing.Best(() => FileScoring.Floor(request), passes: 1, warmUp: false));
            run = Min(run, Timing.Best(() =>
            {
                using var job = FileScoring.Open(request);
                job.Run();
            }, passes: 1, warmUp: false));
        }
        return (run, floor);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private PeerRun RunPeer(TreeEnsemble model, List<FeatureBlock> batches, int threads)
    {
        int features = model.FeatureNames.Count;
        var rowMajor = new float[rows * features];
        long row = 0;
        foreach (var batch in batches)
            for (int i = 0; i < batch.Count; i++, row++)
                for (int f = 0; f < features; f++) rowMajor[row * features + f] = batch[i, f];
        var npy = Path.Combine(workFolder, "features.npy");
        NpyFile.WriteFloat32(npy, (int)rows, features, rowMajor);
        output.Err.WriteLine("running the xgboost peer (bench/peer.sh); pred_contribs on one thread takes about two minutes for 1.57M rows");
        return PeerRun.Run(model.Source, npy, workFolder, threads);
    }

    private void Report(List<BenchRow> results, PeerRun? peerRun, List<FeatureBlock> batches, TreeEnsemble model, int threads) =>
        new BenchReport(output).Scoring(results, peerRun, Parity(peerRun, batches, model), threads);

    private static PeerParity? Parity(PeerRun? peerRun, List<FeatureBlock> batches, TreeEnsemble model)
    {
        if (peerRun is null) return null;
        int features = model.FeatureNames.Count;
        var scorer = new BatchScorer(new EnsembleScorer(model), 0);
        var output = new ScoreBlock(features, BatchRows, withShap: true);
        long row = 0, identical = 0;
        double shapGap = 0;
        foreach (var batch in batches)
        {
            scorer.Run(batch, output, explain: row < peerRun.ContributionRows);
            for (int i = 0; i < batch.Count; i++, row++)
            {
                if (output.Margin[i] == peerRun.Margins[row]) identical++;
                if (row >= peerRun.ContributionRows) continue;
                for (int f = 0; f <= features; f++)
                    shapGap = Math.Max(shapGap, Math.Abs(output.ShapValue(i, f) - peerRun.Contributions[row * (features + 1) + f]));
            }
        }
        return new PeerParity(row, identical, peerRun.ContributionRows, shapGap);
    }
}

/// <summary>One measured line of a benchmark; an end-to-end line may carry its I/O floor (reading and writing alone).</summary>
public sealed record BenchRow(string What, long Rows, TimeSpan Elapsed, int Threads, bool Explain, bool EndToEnd = false, TimeSpan? Floor = null);

/// <summary>How our outputs compare with the peer's on the benchmark rows.</summary>
public sealed record PeerParity(long Rows, long IdenticalMargins, int ShapRows, double MaxShapGap);
