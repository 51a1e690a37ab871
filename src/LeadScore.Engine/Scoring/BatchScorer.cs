namespace LeadScore.Engine.Scoring;

/// <summary>Spreads the rows of a block over worker threads; each worker scores whole tiles.</summary>
public sealed class BatchScorer
{
    private const int ChunkRows = 1024;
    private readonly EnsembleScorer scorer;
    private readonly ParallelOptions options;

    public BatchScorer(EnsembleScorer scorer, int threads)
    {
        this.scorer = scorer;
        Threads = ThreadsFor(threads);
        options = new ParallelOptions { MaxDegreeOfParallelism = Threads };
    }

    public int Threads { get; }

    /// <summary>The worker threads a request for <paramref name="threads"/> gets: all cores for 0 or less.</summary>
    public static int ThreadsFor(int threads) => threads <= 0 ? Environment.ProcessorCount : threads;

    public EnsembleScorer Scorer => scorer;

    /// <summary>
    /// Scores (and with <paramref name="explain"/> explains) every row of the block; <paramref name="then"/>, when given,
    /// runs on each chunk of rows (start, count) by the worker that scored it, while its values are still in cache.
    /// </summary>
    public void Run(FeatureBlock block, ScoreBlock output, bool explain, Action<int, int>? then = null)
    {
        int chunks = (block.Count + ChunkRows - 1) / ChunkRows;
        if (Threads == 1 || chunks <= 1)
        {
            RunChunks(block, output, explain, then, 0, chunks);
            return;
        }
        Parallel.For(0, chunks, options, c => RunChunks(block, output, explain, then, c, c + 1));
    }

    private void RunChunks(FeatureBlock block, ScoreBlock output, bool explain, Action<int, int>? then, int from, int to)
    {
        for (int c = from; c < to; c++)
        {
            int start = c * ChunkRows;
            int rows = Math.Min(ChunkRows, block.Count - start);
            if (explain) scorer.Explain(block, output, start, rows);
            else scorer.Score(block, output, start, rows);
            then?.Invoke(start, rows);
        }
    }
}
