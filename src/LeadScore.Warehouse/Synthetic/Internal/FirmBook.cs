using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// The firms of the synthetic world: a few national brands with thousands of reps, then thousands of firms whose
/// sizes follow a capped Pareto law (the median firm has a handful of reps). Each firm has a trend: growing firms
/// draw more new hires each year, bleeding firms drew more in the past and lose their reps sooner.
/// </summary>
internal sealed class FirmBook
{
    public const string IndependentRia = "Independent RIA";

    private static readonly (string Name, double Small, double Large, double Protocol)[] Classes =
    [
        (IndependentRia, 0.58, 0.40, 0.13),
        ("Hybrid RIA", 0.12, 0.15, 0.28),
        ("Independent Broker-Dealer", 0.08, 0.14, 0.32),
        ("Insurance Broker-Dealer", 0.05, 0.08, 0.13),
        ("Bank Broker-Dealer", 0.04, 0.10, 0.19),
        ("Regional Broker-Dealer", 0.05, 0.11, 0.28),
        ("Multi-Family Office", 0.08, 0.02, 0.05),
    ];

    /// <summary>How far back a firm's trend changes its pull on new hires.</summary>
    private const int LookBackYears = 12;

    /// <summary>The Pareto exponent of the invented firms' sizes: below 1 keeps the median firm at a handful of reps.</summary>
    private const double ParetoShape = 0.95;

    private readonly double[][] cumulativeByYear;
    private readonly int firstYear;

    private FirmBook(int count, int firstYear, int lastYear)
    {
        Count = count;
        Crd = new long[count];
        Name = new string[count];
        Classification = new string[count];
        Protocol = new bool[count];
        Trend = new double[count];
        ExitFactor = new double[count];
        Weight = new double[count];
        Founded = new int[count];
        this.firstYear = firstYear;
        cumulativeByYear = new double[lastYear - firstYear + 1][];
    }

    public int Count { get; }

    public long[] Crd { get; }

    public string[] Name { get; }

    public string[] Classification { get; }

    public bool[] Protocol { get; }

    /// <summary>Yearly growth of the firm's pull on new hires (negative: bleeding).</summary>
    public double[] Trend { get; }

    /// <summary>Multiplies the tenure of every spell at the firm: below 1 at bleeding firms.</summary>
    public double[] ExitFactor { get; }

    /// <summary>Relative size today, in reps.</summary>
    public double[] Weight { get; }

    public int[] Founded { get; }

    public static FirmBook Create(SyntheticOptions options)
    {
        int lastYear = SyntheticCalendar.Snapshot.Year;
        var book = new FirmBook(options.Firms, SyntheticCalendar.EarliestEntry.Year, lastYear);
        var random = new RandomStream((ulong)options.Seed, 0xF1A5);
        int brands = FirmNames.Brands.Length;
        double brandShare = 0;
        for (int i = 0; i < brands; i++)
        {
            var brand = FirmNames.Brands[i];
            book.Set(i, brand.Name, brand.Classification, brand.Protocol, brand.Trend, brand.Share * options.Advisors, 1900);
            brandShare += brand.Share;
        }

        int others = book.Count - brands;
        double cap = 0.003 * options.Advisors;
        var raw = new double[others];
        double total = 0;
        for (int i = 0; i < others; i++) total += raw[i] = Math.Min(cap, Math.Pow(1.0 - random.NextDouble(), -1.0 / ParetoShape));
        double scale = (1.0 - brandShare) * options.Advisors / total;
        for (int i = 0; i < others; i++)
        {
            int f = brands + i;
            double weight = Math.Max(0.5, raw[i] * scale);
            bool large = weight >= 20;
            int c = PickClass(random, large);
            // Branch teams and affiliates trading under a national brand are mostly the mid-size and large firms.
            string name = i < FirmNames.FalsePositives.Length ? FirmNames.FalsePositives[i]
                : random.Chance(weight >= 100 ? 0.36 : weight >= 20 ? 0.20 : 0.10) ? FirmNames.Affiliated(random) : FirmNames.Invented(random, i);
            bool bleeding = random.Chance(0.10);
            double trend = bleeding ? random.Uniform(-0.16, -0.06)
                : Classes[c].Name == IndependentRia ? 0.03 + 0.05 * random.Normal() : -0.01 + 0.05 * random.Normal();
            // The cap holds for the firm's peak pull too: a bleeding firm was bigger in the past, never a giant.
            weight = Math.Min(weight, cap * Math.Exp(Math.Min(0, trend) * LookBackYears));
            int founded = lastYear - (int)Math.Min(70, random.Exponential(Classes[c].Name == IndependentRia ? 14 : 28));
            book.Set(f, name, Classes[c].Name, random.Chance(Classes[c].Protocol), trend, weight, founded);
        }

        for (int f = 0; f < book.Count; f++) book.Crd[f] = 100_000 + f * 29L + random.NextInt(29);
        book.BuildYearTables(lastYear);
        return book;
    }

    /// <summary>A firm hiring in the given year, drawn by its size that year; never <paramref name="exclude"/>.</summary>
    public int Pick(RandomStream random, int year, int exclude = -1)
    {
        var table = cumulativeByYear[Math.Clamp(year - firstYear, 0, cumulativeByYear.Length - 1)];
        int firm = random.PickCumulative(table, Count);
        for (int tries = 0; firm == exclude && tries < 8; tries++) firm = random.PickCumulative(table, Count);
        return firm == exclude ? (firm + 1) % Count : firm;
    }

    public bool IsIndependentRia(int firm) => Classification[firm] == IndependentRia;

    /// <summary>The wirehouse rule of spec §2.3 #5 on the firm's own name (the same substrings, false positives included).</summary>
    public bool IsWirehouse(int firm)
    {
        var upper = Name[firm].ToUpperInvariant();
        foreach (var pattern in WirehousePatterns)
            if (upper.Contains(pattern, StringComparison.Ordinal)) return true;
        return false;
    }

    public static readonly string[] WirehousePatterns =
        ["MERRILL", "MORGAN STANLEY", "UBS", "WELLS FARGO", "EDWARD JONES", "RAYMOND JAMES", "AMERIPRISE", "LPL", "NORTHWESTERN MUTUAL", "STIFEL"];

    private void Set(int f, string name, string classification, bool protocol, double trend, double weight, int founded)
    {
        Name[f] = name;
        Classification[f] = classification;
        Protocol[f] = protocol;
        Trend[f] = trend;
        ExitFactor[f] = Math.Clamp(Math.Exp(4 * trend), 0.35, 1.3);
        Weight[f] = weight;
        Founded[f] = founded;
    }

    private void BuildYearTables(int lastYear)
    {
        for (int y = 0; y < cumulativeByYear.Length; y++)
        {
            int year = firstYear + y;
            var cumulative = cumulativeByYear[y] = new double[Count];
            double sum = 0;
            for (int f = 0; f < Count; f++)
            {
                // A firm's pull grows with its trend, looking back at most a dozen years so that heavy bleeders stay plausible.
                if (year >= Founded[f]) sum += Weight[f] * Math.Exp(Trend[f] * Math.Max(year - lastYear, -LookBackYears));
                cumulative[f] = sum;
            }
        }
    }

    private static int PickClass(RandomStream random, bool large)
    {
        double u = random.NextDouble(), sum = 0;
        for (int c = 0; c < Classes.Length; c++)
        {
            sum += large ? Classes[c].Large : Classes[c].Small;
            if (u < sum) return c;
        }
        return 0;
    }
}
