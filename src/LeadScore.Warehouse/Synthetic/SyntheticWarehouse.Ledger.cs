using LeadScore.Warehouse.Synthetic.Internal;

namespace LeadScore.Warehouse.Synthetic;

public static partial class SyntheticWarehouse
{
    /// <summary>Whether the raw tables are empty, hold the last synthetic run unchanged, or hold other data.</summary>
    public static RawContent Inspect(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var recorded = new Dictionary<string, long>();
        using (var exists = warehouse.Command("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'synth' AND table_name = 'run_tables'"))
            if (Convert.ToInt64(exists.ExecuteScalar()) > 0)
            {
                using var command = warehouse.Command("SELECT table_name, row_count FROM synth.run_tables");
                using var reader = command.ExecuteReader();
                while (reader.Read()) recorded[reader.GetString(0)] = reader.GetInt64(1);
            }
        bool any = false;
        foreach (var table in warehouse.RawTables())
        {
            long rows = warehouse.Count(table);
            any |= rows > 0;
            if (rows > 0 && recorded.GetValueOrDefault(table.Name, -1) != rows) return new RawContent(RawContentKind.Other, table.Name, rows);
        }
        return new RawContent(any ? RawContentKind.Synthetic : RawContentKind.Empty);
    }

    private static long WriteOracle(Warehouse warehouse, AdvisorBook advisors, List<LeadRecord> leads)
    {
        long rows = 0;
        using (var appender = warehouse.DuckDb.CreateAppender("synth", "oracle"))
            foreach (var lead in leads)
            {
                if (!lead.HasLatent) continue;
                var s = lead.Latent;
                appender.CreateRow()
                    .AppendValue(lead.Id)
                    .AppendValue(advisors.Crd[lead.Advisor])
                    .AppendValue((DuckDB.NET.Native.DuckDBDateOnly)SyntheticCalendar.Date(lead.ContactDay))
                    .AppendValue(lead.Labelled)
                    .AppendValue(lead.Probability)
                    .AppendValue(lead.Converted)
                    .AppendValue(Math.Log(lead.Probability / (1 - lead.Probability)))
                    .AppendValue(s.TenureUnknown ? null : s.TenureMonths)
                    .AppendValue(s.Moves3Years)
                    .AppendValue(s.FirmCrd)
                    .AppendValue(s.FirmCrd is null ? null : s.FirmReps)
                    .AppendValue(s.FirmCrd is null ? null : s.FirmNetChange12Months)
                    .AppendValue(s.HasEmailAtContact)
                    .AppendValue(AdvisorBook.RepTypes[s.RepType])
                    .AppendValue(s.IndependentRia)
                    .AppendValue(s.Wirehouse)
                    .AppendValue(s.ExperienceYears)
                    .AppendValue(s.HasHistory)
                    .AppendValue(s.YearsIntoCampaign)
                    .AppendValue(s.SourceOffset)
                    .AppendValue(s.Noise)
                    .AppendValue(lead.MoveDay == Spell.Null ? null : (DuckDB.NET.Native.DuckDBDateOnly?)SyntheticCalendar.Date(lead.MoveDay))
                    .AppendValue(lead.Recruited)
                    .AppendValue(lead.EmailAddedAfter)
                    .EndRow();
                rows++;
            }
        return rows;
    }

    private static void WriteTruth(Warehouse warehouse, List<(long Crd, double Probability, double Logit)> truths)
    {
        var asOf = (DuckDB.NET.Native.DuckDBDateOnly)AdvisorTruth.AsOf;
        using var appender = warehouse.DuckDb.CreateAppender("synth", "advisor_truth");
        foreach (var (crd, probability, logit) in truths)
            appender.CreateRow().AppendValue(crd).AppendValue(asOf).AppendValue(probability).AppendValue(logit).EndRow();
    }

    private static void WriteRun(Warehouse warehouse, SyntheticRun run, double intercept)
    {
        using (var appender = warehouse.DuckDb.CreateAppender("synth", "run_tables"))
            foreach (var (table, count) in run.Rows)
                appender.CreateRow().AppendValue(table).AppendValue(count).EndRow();
        using var command = warehouse.Command(
            "INSERT INTO synth.runs SELECT coalesce(max(run_id), 0) + 1, $seed, $advisors, now()::TIMESTAMP, $snapshot, $version, $intercept, " +
            "$mean, $rate, $generate, $write, $total FROM synth.runs");
        void Add(string name, object value) => command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(name, value));
        Add("seed", run.Options.Seed);
        Add("advisors", run.Options.Advisors);
        Add("snapshot", SyntheticCalendar.Snapshot);
        Add("version", GeneratorVersion);
        Add("intercept", intercept);
        Add("mean", run.OracleMeanProbability);
        Add("rate", run.ConversionRate);
        Add("generate", run.Generate.TotalSeconds);
        Add("write", run.Write.TotalSeconds);
        Add("total", run.Total.TotalSeconds);
        command.ExecuteNonQuery();
    }
}
