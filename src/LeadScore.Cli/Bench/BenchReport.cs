using System.Globalization;
using LeadScore.Cli.Terminal;
using Spectre.Console;

namespace LeadScore.Cli.Bench;

/// <summary>Prints benchmark figures side by side with the peer measured in the same run.</summary>
public sealed class BenchReport(CliOutput output)
{
    public void Scoring(List<BenchRow> rows, PeerRun? peer, PeerParity? parity, int threads)
    {
        var table = new Table().AddColumns("measurement", "rows", "leadscore", "time", "I/O floor", $"xgboost {peer?.Version ?? "(not run)"}", "ratio");
        foreach (var row in rows)
        {
            var (peerTime, label) = Peer(row, peer, threads);
            table.AddRow(Markup.Escape(row.What), row.Rows.ToString("N0", CultureInfo.InvariantCulture), Timing.Rate(row.Rows, row.Elapsed),
                Timing.Duration(row.Elapsed), row.Floor is { } floor ? $"{Timing.Duration(floor)} ({row.Elapsed / floor:F2}x floor)" : "-",
                peerTime is null ? "-" : $"{Timing.Rate(peer!.Rows, peerTime.Value)} ({Timing.Duration(peerTime.Value)}, {label})",
                peerTime is null ? "-" : $"{Ratio(row, peerTime.Value, peer!.Rows):F1}x");
        }
        output.Console.Write(table);
        if (rows.Any(r => r.Floor is not null))
            output.Line("I/O floor = the same run reading the feature columns into the same blocks and writing the same columns from " +
                        "constant scores and reasons, with no validation and no scoring; end-to-end lines are best of 3, alternating with their floor.");
        if (parity is not null)
            output.Line($"parity with xgboost on these rows: margins bit-identical for {parity.IdenticalMargins:N0} of {parity.Rows:N0}; " +
                        $"SHAP max |diff| {parity.MaxShapGap:E1} over the first {parity.ShapRows:N0} rows");
        output.Line("ratio = xgboost time / leadscore time for the same number of rows (end-to-end rows compare with pred_contribs alone).");
    }

    // Each of our lines is compared with the xgboost call that does the same work.
    private static (TimeSpan?, string) Peer(BenchRow row, PeerRun? peer, int threads)
    {
        if (peer is null) return (null, "");
        if (row.Explain) return (TimeSpan.FromSeconds(peer.Contribs1), "pred_contribs, 1 thread");
        return row.Threads == 1
            ? (TimeSpan.FromSeconds(peer.Predict1), "predict, 1 thread")
            : (TimeSpan.FromSeconds(peer.PredictAll), $"predict, {threads} threads");
    }

    private static double Ratio(BenchRow row, TimeSpan peerTime, long peerRows) =>
        peerTime.TotalSeconds / peerRows / (row.Elapsed.TotalSeconds / row.Rows);
}
