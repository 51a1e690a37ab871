using System.Numerics;
using LeadScore.Data.Output.ParquetFormat;
using LeadScore.Engine.Explain;
using LeadScore.Storage;

namespace LeadScore.Data.Output;

/// <summary>
/// Writes scores as Parquet, one row group per batch, straight from the scorer's column-major arrays: margins,
/// probabilities and SHAP columns are written without copying row by row. Reasons are written without hashing a
/// string: a reason's feature is an index into the model's feature names, and its value an index into the labels
/// the batch uses, each (feature, value) formatted once.
/// </summary>
public sealed class ParquetScoreWriter : IScoreWriter
{
    private const int ChunkRows = 4096;
    private readonly AtomicFile file;
    private readonly OutputLayout layout;
    private readonly ParallelOptions parallel;
    private readonly ParquetFileWriter writer;
    private readonly string[] featureNames;
    private readonly ReasonColumns[] reasons;
    private float[] calibrated = [];

    public ParquetScoreWriter(string path, OutputLayout layout, int threads = 0)
    {
        this.layout = layout;
        parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        featureNames = layout.Features.Select(f => f.Name).ToArray();
        reasons = Enumerable.Range(0, layout.TopK).Select(_ => new ReasonColumns()).ToArray();
        file = new AtomicFile(path);
        try
        {
            writer = new ParquetFileWriter(file.Stream!, Fields(layout), threads);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Write(ScoredBatch batch)
    {
        int n = batch.Count;
        var columns = new List<ColumnValues> { new StringValues(new ReadOnlyMemory<string?>(batch.Ids, 0, n)) };
        for (int s = 0; s < 2; s++) columns.Add(new FloatValues(batch.Scores.ColumnMemory(s)[..n]));
        if (layout.Calibrate is { } calibrate) columns.Add(new FloatValues(Calibrated(batch, calibrate)));
        int shapColumns = layout.Shap ? batch.Scores.FeatureCount + 1 : 0;
        for (int s = 2; s < 2 + shapColumns; s++) columns.Add(new FloatValues(batch.Scores.ColumnMemory(s)[..n]));
        if (batch.TopK > 0) columns.AddRange(Reasons(batch));
        writer.WriteRowGroup(n, columns);
    }

    public void Commit()
    {
        writer.Finish();
        file.Commit();
    }

    /// <summary>Without <see cref="Commit"/>, removes the temporary file: it needs no footer.</summary>
    public void Dispose() => file.Dispose();

    // In the order of OutputLayout.ColumnNames: the id, the scores, then each reason's feature, value and contribution.
    private static ParquetField[] Fields(OutputLayout layout)
    {
        var names = layout.ColumnNames.ToArray();
        int firstReason = names.Length - 3 * layout.TopK;
        return names.Select((name, i) => new ParquetField(name,
            i == 0 ? ParquetKind.OptionalString
            : i < firstReason ? ParquetKind.Float
            : (i - firstReason) % 3 == 2 ? ParquetKind.OptionalFloat : ParquetKind.OptionalString)).ToArray();
    }

    private ReadOnlyMemory<float> Calibrated(ScoredBatch batch, Func<float, float, float> calibrate)
    {
        int n = batch.Count;
        if (calibrated.Length < n) calibrated = new float[n];
        ForChunks(n, (start, end) =>
        {
            var margin = batch.Scores.ColumnMemory(0).Span;
            var probability = batch.Scores.ColumnMemory(1).Span;
            for (int row = start; row < end; row++) calibrated[row] = calibrate(margin[row], probability[row]);
        });
        return calibrated.AsMemory(0, n);
    }

    // Each row's reasons go to their k columns in parallel chunks of rows; then each k's labels, in parallel.
    private IEnumerable<ColumnValues> Reasons(ScoredBatch batch)
    {
        int n = batch.Count, topK = batch.TopK;
        foreach (var reason in reasons) reason.Resize(n);
        ForChunks(n, (start, end) =>
        {
            for (int row = start; row < end; row++)
                for (int k = 0; k < topK; k++) reasons[k].Set(row, batch.Reasons[row * topK + k]);
        });
        var labels = new ColumnValues[topK];
        Parallel.For(0, topK, parallel, k => labels[k] = reasons[k].Labels(layout, n));
        return Enumerable.Range(0, topK).SelectMany(k => new[]
        {
            new DictionaryValues(reasons[k].Features.AsMemory(0, n), featureNames),
            labels[k],
            new OptionalFloatValues(reasons[k].Contributions.AsMemory(0, n), reasons[k].Present.AsMemory(0, n)),
        });
    }

    private void ForChunks(int rows, Action<int, int> work) =>
        Parallel.For(0, (rows + ChunkRows - 1) / ChunkRows, parallel, c => work(c * ChunkRows, Math.Min(rows, (c + 1) * ChunkRows)));

    /// <summary>The k-th reason of every row of a batch, as its columns' arrays; reused from batch to batch.</summary>
    private sealed class ReasonColumns
    {
        private const long NoReason = -1;
        private readonly LabelIndex labelIndex = new();
        private readonly List<string> labels = [];
        private long[] keys = [];
        private int[] labelIndices = [];
        private string?[] labelTexts = [];

        /// <summary>The feature's index in the model, -1 (NULL) when the row has fewer reasons.</summary>
        public int[] Features { get; private set; } = [];

        public float[] Contributions { get; private set; } = [];

        public bool[] Present { get; private set; } = [];

        public void Resize(int rows)
        {
            if (Features.Length >= rows) return;
            Features = new int[rows];
            Contributions = new float[rows];
            Present = new bool[rows];
            keys = new long[rows];
            labelIndices = new int[rows];
            labelTexts = new string?[rows];
        }

        public void Set(int row, ReasonCode reason)
        {
            Features[row] = reason.Feature;
            Contributions[row] = reason.Contribution;
            Present[row] = reason.Feature >= 0;
            // Every NaN is one key: all read "missing".
            float value = float.IsNaN(reason.Value) ? float.NaN : reason.Value;
            keys[row] = reason.Feature < 0 ? NoReason : (long)reason.Feature << 32 | (uint)BitConverter.SingleToInt32Bits(value);
        }

        /// <summary>
        /// The value column: indices into the labels this batch uses, in the order first seen; or the labels themselves
        /// when more than half the rows have a label of their own, where a dictionary would not pay.
        /// </summary>
        public ColumnValues Labels(OutputLayout layout, int rows)
        {
            labelIndex.Clear(rows);
            labels.Clear();
            for (int row = 0; row < rows; row++)
            {
                long key = keys[row];
                if (key == NoReason)
                {
                    labelIndices[row] = -1;
                    continue;
                }
                int index = labelIndex.GetOrAdd(key, labels.Count);
                if (index == labels.Count)
                    labels.Add(layout.ReasonValue(new ReasonCode((int)(key >> 32), BitConverter.Int32BitsToSingle((int)key), 0))!);
                labelIndices[row] = index;
            }
            if (labels.Count <= rows / 2) return new DictionaryValues(labelIndices.AsMemory(0, rows), labels);
            for (int row = 0; row < rows; row++) labelTexts[row] = labelIndices[row] < 0 ? null : labels[labelIndices[row]];
            return new StringValues(labelTexts.AsMemory(0, rows));
        }
    }

    /// <summary>
    /// The index of each (feature, value) key among a batch's labels: open addressing on the key's bits, emptied in
    /// constant time by a new generation, so a row finds its label in a probe or two without a dictionary's overhead.
    /// </summary>
    private sealed class LabelIndex
    {
        private long[] keys = [];
        private int[] indices = [];
        private int[] generations = [];
        private int generation;
        private int shift;

        /// <summary>Empties the index for up to <paramref name="capacity"/> distinct keys.</summary>
        public void Clear(int capacity)
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            if (keys.Length < size)
            {
                keys = new long[size];
                indices = new int[size];
                generations = new int[size];
                generation = 0;
            }
            shift = 64 - BitOperations.Log2((uint)keys.Length);
            generation++;
        }

        /// <summary>The key's index, or <paramref name="next"/> for a key not seen since <see cref="Clear"/>.</summary>
        public int GetOrAdd(long key, int next)
        {
            int mask = keys.Length - 1;
            for (int slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> shift); ; slot = (slot + 1) & mask)
            {
                if (generations[slot] != generation)
                {
                    generations[slot] = generation;
                    keys[slot] = key;
                    indices[slot] = next;
                    return next;
                }
                if (keys[slot] == key) return indices[slot];
            }
        }
    }
}
