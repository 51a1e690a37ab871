using System.Globalization;
using LeadScore.Data;
using LeadScore.Metrics;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using Xunit.Abstractions;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>leadscore synth outcomes</c> on the full-scale January list (<see cref="ListWorld"/>): the three scenarios draw
/// the same leads; the healthy list's top decile by V4 percentile converts well above its bottom decile and the
/// degraded one's does not; the delayed conversions are the healthy ones, later; a seed gives the same file; and the
/// files go through <c>outcomes import</c>.
/// </summary>
[Collection(ListWorldCollection.Name)]
public sealed class SynthOutcomesCommandTests(ListWorld world, ITestOutputHelper log)
{
    private string Draw(string scenario, string name, long seed = 42, int days = 60)
    {
        var path = world.Folder.File(name);
        if (File.Exists(path)) return path;
        var run = CliRun.Of("synth", "outcomes", "--db", world.Database, "--list", "2026-01", "--scenario", scenario,
            "--seed", seed.ToString(CultureInfo.InvariantCulture), "--days", days.ToString(CultureInfo.InvariantCulture), "--out", path);
        Assert.True(run.ExitCode == 0, run.Err);
        log.WriteLine(run.Out);
        return path;
    }

    // Each written lead with its list's percentile and rank: lead_id, advisor, contact, call (or null).
    private List<(string Lead, long Crd, int Percentile, int Rank, DateOnly Contacted, DateOnly? Call)> Read(string file)
    {
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT o.lead_id, o.advisor_crd, l.v4_percentile, l.list_rank, CAST(o.contacted_date AS DATE), CAST(o.call_scheduled_date AS DATE) " +
                              $"FROM read_csv({Sql.Literal(file)}, header = true) o JOIN lists.leads l ON l.list_id = '2026-01' AND l.advisor_crd = o.advisor_crd ORDER BY l.list_rank";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, int, int, DateOnly, DateOnly?)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetFieldValue<DateOnly>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5)));
        return rows;
    }

    // Conversions known by the file's day in the top and bottom deciles by V4 percentile (ties by list rank): top minus
    // bottom with Newcombe's 95% interval (RateA = bottom, RateB = top).
    private static RateDifference Deciles(List<(string Lead, long Crd, int Percentile, int Rank, DateOnly Contacted, DateOnly? Call)> rows)
    {
        var ordered = rows.OrderByDescending(r => r.Percentile).ThenBy(r => r.Rank).ToList();
        int tenth = ordered.Count / 10;
        return RateDifference.Newcombe(ordered.TakeLast(tenth).Count(r => r.Call is not null), tenth, ordered.Take(tenth).Count(r => r.Call is not null), tenth);
    }

    // The mean true probability (synth.advisor_truth) of the list's top and bottom deciles, ordered as Deciles orders them.
    private (double Top, double Bottom) TrueDecileRates()
    {
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT avg(p) FILTER (WHERE d = 1), avg(p) FILTER (WHERE d = 10) FROM (SELECT t.probability AS p, " +
                              "ntile(10) OVER (ORDER BY l.v4_percentile DESC, l.list_rank) AS d FROM lists.leads l JOIN synth.advisor_truth t USING (advisor_crd) " +
                              "WHERE l.list_id = '2026-01')";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    [Fact]
    public void The_healthy_top_decile_converts_clearly_better_than_its_bottom_and_the_degraded_one_does_not()
    {
        var healthy = Read(Draw("healthy", "healthy.csv"));
        var degraded = Read(Draw("degraded", "degraded.csv"));
        Assert.Equal(2800, healthy.Count);
        Assert.Equal(healthy.Select(r => r.Lead), degraded.Select(r => r.Lead));
        Assert.Equal(healthy.Select(r => r.Contacted), degraded.Select(r => r.Contacted));
        var good = Deciles(healthy);
        var broken = Deciles(degraded);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"day 60: healthy top decile {good.RateB:P1}, bottom {good.RateA:P1} (difference {good.Difference:P1}, 95% {good.Lower:P1} to {good.Upper:P1}), overall {healthy.Count(r => r.Call is not null) / 2800.0:P2}; " +
            $"degraded top {broken.RateB:P1}, bottom {broken.RateA:P1} (difference {broken.Difference:P1}, 95% {broken.Lower:P1} to {broken.Upper:P1}), overall {degraded.Count(r => r.Call is not null) / 2800.0:P2}"));
        var (topTruth, bottomTruth) = TrueDecileRates();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"true probability: top decile {topTruth:P1}, bottom {bottomTruth:P1}"));
        Assert.True(good.Lower > 0, $"healthy: top decile {good.RateB:P1} against bottom {good.RateA:P1}, interval from {good.Lower:P1}");
        Assert.True(broken.Lower < 0 && broken.Difference < good.Difference / 2, $"degraded: top decile {broken.RateB:P1} against bottom {broken.RateA:P1}");
    }

    [Fact]
    public void Delayed_has_the_healthy_conversions_three_times_later_so_fewer_are_known_by_day_60()
    {
        var healthy = Read(Draw("healthy", "healthy-all.csv", days: 200));
        var delayed = Read(Draw("delayed", "delayed-all.csv", days: 200));
        Assert.Equal(healthy.Where(r => r.Call is not null).Select(r => r.Lead), delayed.Where(r => r.Call is not null).Select(r => r.Lead));
        Assert.All(healthy.Zip(delayed).Where(p => p.First.Call is not null), p =>
            Assert.Equal(Math.Min(3 * (p.First.Call!.Value.DayNumber - p.First.Contacted.DayNumber), 120), p.Second.Call!.Value.DayNumber - p.Second.Contacted.DayNumber));
        Assert.True(healthy.Where(r => r.Call is not null).All(r => r.Call!.Value.DayNumber - r.Contacted.DayNumber <= 43));

        int healthy60 = Read(Draw("healthy", "healthy.csv")).Count(r => r.Call is not null);
        int delayed60 = Read(Draw("delayed", "delayed.csv")).Count(r => r.Call is not null);
        log.WriteLine($"conversions drawn {healthy.Count(r => r.Call is not null)}; known by day 60: healthy {healthy60}, delayed {delayed60}");
        Assert.True(delayed60 < healthy60, $"delayed {delayed60} against healthy {healthy60} by day 60");
    }

    [Fact]
    public void A_seed_gives_the_same_file_and_another_seed_other_outcomes_for_the_same_leads()
    {
        var first = Draw("healthy", "healthy.csv");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(Draw("healthy", "healthy-again.csv")));
        var other = Draw("healthy", "healthy-7.csv", seed: 7);
        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(other));
        static IEnumerable<string> Leads(string file) => File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal);
        Assert.Equal(Leads(first), Leads(other));
    }

    [Fact]
    public void The_files_import_and_a_later_export_updates_only_the_leads_it_changes()
    {
        var db = world.Fresh();
        var healthy = Draw("healthy", "healthy.csv");
        var first = CliRun.Of("outcomes", "import", healthy, "--db", db);
        Assert.True(first.ExitCode == 0, first.Err);
        int calls = Read(healthy).Count(r => r.Call is not null);
        Assert.Contains("2,800 rows, 2,800 leads: 2,800 new, 0 updated, 0 unchanged; 0 on no list", first.Out, StringComparison.Ordinal);
        Assert.Contains($"list 2026-01: 2,800 of its 2,800 leads have outcomes, {calls:N0} with a call scheduled", first.Out, StringComparison.Ordinal);

        var delayed = Draw("delayed", "delayed.csv");
        int changed = Read(healthy).Zip(Read(delayed)).Count(p => p.First.Call != p.Second.Call);
        var second = CliRun.Of("outcomes", "import", delayed, "--db", db);
        Assert.True(second.ExitCode == 0, second.Err);
        log.WriteLine(first.Out + second.Out);
        Assert.Contains($"2,800 rows, 2,800 leads: 0 new, {changed:N0} updated, {2800 - changed:N0} unchanged; 0 on no list", second.Out, StringComparison.Ordinal);
    }
}
