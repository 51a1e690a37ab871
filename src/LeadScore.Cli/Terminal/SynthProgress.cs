using LeadScore.Warehouse.Synthetic;

namespace LeadScore.Cli.Terminal;

/// <summary>Turns the generator's stages into the reporter's single count (contacts, then history, over the advisors).</summary>
public sealed class SynthProgress(IProgress<long> inner, long total) : IProgress<SyntheticProgress>
{
    public void Report(SyntheticProgress value)
    {
        long done = value.Stage switch
        {
            "contacts" => value.Done / 2,
            "employment history" => total / 2 + value.Done / 2,
            "done" => total,
            _ => 0,
        };
        inner.Report(done);
    }
}
