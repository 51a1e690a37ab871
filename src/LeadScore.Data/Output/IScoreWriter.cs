namespace LeadScore.Data.Output;

/// <summary>
/// Writes scored batches to a file that appears only when <see cref="Commit"/> succeeds: until then the rows go
/// to a temporary file beside the target, which is removed on dispose, so an earlier file is never half-replaced.
/// </summary>
public interface IScoreWriter : IDisposable
{
    void Write(ScoredBatch batch);

    void Commit();
}
