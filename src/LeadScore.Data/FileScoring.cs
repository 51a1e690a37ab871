using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using LeadScore.Data.Input;
using LeadScore.Data.Output;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Storage;

namespace LeadScore.Data;

/// <summary>
/// Scores a whole file into another: read (DuckDB), score and explain (all cores), write (CSV or Parquet), as
/// three overlapping stages over a small pool of batches, so memory stays bounded whatever the file size.
/// The output appears only when every row is written; on any failure the earlier file is left as it was.
/// </summary>
public sealed class FileScoring : IDisposable
{
    public const int DefaultBatchRows = 65536;
    private readonly FileScoringRequest request;
    private readonly FeatureReader reader;
    private readonly Stopwatch watch;
    private readonly TimeSpan validating;

    private FileScoring(FileScoringRequest request, FeatureReader reader, Stopwatch watch)
    {
        this.request = request;
        this.reader = reader;
        this.watch = watch;
        validating = watch.Elapsed;
    }

    /// <summary>Rows in the input, known once it has been validated.</summary>
    public long Rows => reader.RowCount;

    /// <summary>What validation found worth a warning (values below a feature's minimum); the rows are scored.</summary>
    public IReadOnlyList<string> Warnings => reader.Warnings;

    /// <summary>Checks the paths and validates the whole input; nothing is written yet.</summary>
    public static FileScoring Open(FileScoringRequest request)
    {
        var watch = Stopwatch.StartNew();
        CheckPaths(request.Input, request.Output);
        return new FileScoring(request, FeatureReader.Open(request.Input, request.Features, request.IdColumn, request.Table), watch);
    }

    /// <summary>
    /// The I/O floor of a run, for benchmarks: the same reading into the same blocks and the same writing of an output
    /// of the same shape, from constant scores and reasons, with no validation and no scoring. A run cannot be faster.
    /// </summary>
    public static FileScoringResult Floor(FileScoringRequest request)
    {
        var watch = Stopwatch.StartNew();
        CheckPaths(request.Input, request.Output);
        using var reader = FeatureReader.Open(request.Input, request.Features, request.IdColumn, request.Table, validate: false);
        return new FileScoring(request, reader, watch).Write(scorer: null, progress: null);
    }

    /// <summary>Scores every row into the output, which replaces any earlier file only at the very end.</summary>
    public FileScoringResult Run(IProgress<long>? progress = null) =>
        Write(new BatchScorer(new EnsembleScorer(request.Model), request.Threads), progress);

    private FileScoringResult Write(BatchScorer? scorer, IProgress<long>? progress)
    {
        int threads = scorer?.Threads ?? BatchScorer.ThreadsFor(request.Threads);
        var layout = new OutputLayout(request.IdColumn, request.Features, request.Shap, request.TopK, request.Calibrate);
        using var writer = CreateWriter(request.Output, layout, threads);
        var times = Pipeline(request, reader, scorer, writer, progress);
        writer.Commit();
        return new FileScoringResult(times.Rows, watch.Elapsed, threads, validating, times.Reading, times.Scoring, times.Writing);
    }

    public void Dispose() => reader.Dispose();

    // Without a scorer, the batches hold constant scores and reasons from the start and pass through unscored.
    private static PipelineTimes Pipeline(FileScoringRequest request, FeatureReader reader, BatchScorer? scorer, IScoreWriter writer,
        IProgress<long>? progress)
    {
        bool explain = request.Shap || request.TopK > 0;
        // Four batches in flight bound the memory; a small file gets batches no larger than itself.
        int capacity = (int)Math.Clamp(reader.RowCount, 1, request.BatchRows);
        using var free = new BlockingCollection<ScoredBatch>();
        for (int i = 0; i < 4; i++)
        {
            var batch = new ScoredBatch(request.Features.Count, capacity, explain, request.TopK);
            if (scorer is null) batch.FillConstant();
            free.Add(batch);
        }
        using var toScore = new BlockingCollection<ScoredBatch>(2);
        using var toWrite = new BlockingCollection<ScoredBatch>(2);
        using var stop = new CancellationTokenSource();
        long written = 0;
        var reading = new Stopwatch();
        var scoring = new Stopwatch();
        var writing = new Stopwatch();

        // Reading and writing block on each other and on I/O: they get threads of their own, so that the scorer's
        // parallel loop is not left waiting for pool threads they hold.
        var readTask = Dedicated(() => Stage(stop, toScore, () =>
        {
            while (true)
            {
                var batch = free.Take(stop.Token);
                reading.Start();
                int n = reader.Read(batch.Input, batch.Ids);
                reading.Stop();
                if (n == 0) return;
                toScore.Add(batch, stop.Token);
            }
        }));
        var writeTask = Dedicated(() => Stage(stop, null, () =>
        {
            foreach (var batch in toWrite.GetConsumingEnumerable(stop.Token))
            {
                writing.Start();
                writer.Write(batch);
                writing.Stop();
                written += batch.Count;
                progress?.Report(written);
                free.Add(batch);
            }
        }));
        Exception? failure = null;
        try
        {
            Stage(stop, toWrite, () =>
            {
                foreach (var batch in toScore.GetConsumingEnumerable(stop.Token))
                {
                    scoring.Start();
                    // Each chunk's reasons are picked right after its SHAP values, while they are in cache.
                    scorer?.Run(batch.Input, batch.Scores, explain, request.TopK > 0
                        ? (start, rows) => ReasonCodes.TopK(batch.Input, batch.Scores, start, rows, batch.TopK, batch.Reasons)
                        : null);
                    scoring.Stop();
                    toWrite.Add(batch, stop.Token);
                }
            });
        }
        catch (Exception e) { failure = e; }
        // The other stages must finish before the collections they use are disposed.
        try { Task.WaitAll(readTask, writeTask); }
        catch (AggregateException e) { failure ??= First(e); }
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        return new PipelineTimes(written, reading.Elapsed, scoring.Elapsed, writing.Elapsed);
    }

    private static Task Dedicated(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    // Runs a stage; on failure stops the others; always tells the next stage that nothing more is coming.
    private static void Stage(CancellationTokenSource stop, BlockingCollection<ScoredBatch>? next, Action work)
    {
        try { work(); }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally { next?.CompleteAdding(); }
    }

    private static Exception First(AggregateException e) =>
        e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e;

    private static void CheckPaths(string input, string output)
    {
        OutputPath.CheckFile("--output", output, [".parquet", ".csv"], new InputPath("--input", input));
    }

    private static IScoreWriter CreateWriter(string output, OutputLayout layout, int threads) => OutputFormatOf(output) switch
    {
        InputFormat.Csv => new CsvScoreWriter(output, layout, threads),
        _ => new ParquetScoreWriter(output, layout, threads),
    };

    private static InputFormat? OutputFormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => InputFormat.Csv,
        ".parquet" => InputFormat.Parquet,
        _ => null,
    };
}

/// <summary>What to score and how. <c>Calibrate</c> (margin, probability → calibrated probability) adds a
/// <c>calibrated_probability</c> column, for models that carry a calibrator. <c>Table</c> reads the input from a
/// table of the DuckDB database given as <c>Input</c>.</summary>
public sealed record FileScoringRequest(
    LeadScore.Engine.Model.TreeEnsemble Model,
    IReadOnlyList<FeatureSpec> Features,
    string Input,
    string Output,
    string IdColumn = "lead_id",
    bool Shap = false,
    int TopK = 0,
    int Threads = 0,
    int BatchRows = FileScoring.DefaultBatchRows,
    Func<float, float, float>? Calibrate = null,
    string? Table = null);

/// <summary>
/// How a file scoring run went: rows, wall time, the time validation took before any row was read, and the time each
/// stage was busy after it (the stages overlap, so the three add up to more than their wall time when the pipeline
/// works well).
/// </summary>
public sealed record FileScoringResult(long Rows, TimeSpan Elapsed, int Threads, TimeSpan Validating, TimeSpan Reading, TimeSpan Scoring,
    TimeSpan Writing);

internal sealed record PipelineTimes(long Rows, TimeSpan Reading, TimeSpan Scoring, TimeSpan Writing);
