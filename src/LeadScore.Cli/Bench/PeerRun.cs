namespace LeadScore.Cli.Bench;

/// <summary>
/// Runs <c>bench/peer.sh</c>: xgboost (Debian's python3-xgboost) timing predict and pred_contribs on the same
/// rows, in the same run. It leaves its margins and the first rows' contributions for a parity check.
/// </summary>
public sealed record PeerRun(string Version, double Predict1, double PredictAll, double Contribs1, int Threads, long Rows,
    float[] Margins, float[] Contributions, int ContributionRows)
{
    public static PeerRun Run(string model, string features, string folder, int threads)
    {
        var json = PeerProcess.RunJson("peer.sh", model, features, folder, threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PeerRun(
            (string)json["xgboost"]!, (double)json["predict_1"]!, (double)json["predict_all"]!, (double)json["contribs_1"]!,
            (int)json["threads"]!, (long)json["rows"]!,
            NpyFile.ReadFloat32(Path.Combine(folder, "peer_margin.npy")),
            NpyFile.ReadFloat32(Path.Combine(folder, "peer_contribs.npy")), (int)json["contrib_rows"]!);
    }
}
