using LeadScore.Tests.Support;
using LeadScore.Warehouse.Synthetic;

namespace LeadScore.Tests.Warehouse;

/// <summary>One small synthetic warehouse (40,000 advisors, seed 42) shared by the tests of a class.</summary>
public sealed class SyntheticWorldFixture : IDisposable
{
    public const int Advisors = 40_000;

    private readonly TempFolder folder = new();

    public SyntheticWorldFixture()
    {
        Warehouse = LeadScore.Warehouse.Warehouse.Open(folder.File("synthetic.duckdb"));
        Run = SyntheticWarehouse.Fill(Warehouse, new SyntheticOptions(Advisors, 42));
    }

    public LeadScore.Warehouse.Warehouse Warehouse { get; }

    public SyntheticRun Run { get; }

    public TempFolder Folder => folder;

    /// <summary>The first column of the first row of a query, as a double (0 for NULL).</summary>
    public double Scalar(string sql) => ScalarOf(Warehouse, sql);

    public static double ScalarOf(LeadScore.Warehouse.Warehouse warehouse, string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Warehouse.Dispose();
        folder.Dispose();
    }
}
