using LeadScore.Metrics;

namespace LeadScore.Training.Split;

/// <summary>
/// Stratified k-fold assignment: the conversions and the other rows are each shuffled (with the run's seed, so the
/// folds are the same on every run) and dealt round-robin into k folds, so every fold holds its share of both.
/// </summary>
public static class StratifiedFolds
{
    public static IReadOnlyList<StratifiedFold> Make(int[] labels, int k, int seed)
    {
        var random = new RandomStream(seed);
        var fold = new int[labels.Length];
        foreach (var label in new[] { 1, 0 })
        {
            var rows = Enumerable.Range(0, labels.Length).Where(r => labels[r] == label).ToArray();
            for (int i = rows.Length - 1; i > 0; i--)
            {
                int j = random.NextInt(i + 1);
                (rows[i], rows[j]) = (rows[j], rows[i]);
            }
            for (int i = 0; i < rows.Length; i++) fold[rows[i]] = i % k;
        }
        return Enumerable.Range(0, k).Select(f => new StratifiedFold(f, k, Enumerable.Range(0, labels.Length).Where(r => fold[r] == f).ToArray())).ToArray();
    }
}
